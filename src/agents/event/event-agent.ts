/**
 * The event agent: calendar proposals from mail. Invitations (text/calendar
 * REQUEST, CANCEL) become create / update / delete proposals; plain-text
 * meeting requests become create proposals; every proposed time names the
 * user's events it overlaps. Scams, prompt injections, bulk mail and muted
 * senders propose nothing. The LLM is asked only when a mail clearly asks to
 * meet but the heuristics cannot pin the time (or the user asked to schedule
 * from one mail); its failures fall back to the heuristics.
 */

import { isAppError } from '../../domain/errors.js';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { LlmClient, LlmUsage } from '../../llm/llm-client.js';
import type { Agent, AgentContext, AgentResult, AgentUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { aiEvent } from './ai-event.js';
import type { ProposalScope } from './event-proposals.js';
import { type InvitationEvent, readInvitation } from './invitation.js';
import { invitationProposal } from './invitation-proposals.js';
import { skipReason, textScanAllowed } from './item-eligibility.js';
import { findSubjectMeeting } from './meeting-from-subject.js';
import { findTextMeetings } from './meeting-from-text.js';
import { textMeetingProposal } from './text-proposals.js';

export interface EventDetection {
  source: 'invitation' | 'text';
  /** The invitation's METHOD (REQUEST, CANCEL...), for invitations. */
  method?: string;
}

export interface EventAgentOutput {
  /** Items in which the agent found an invitation or a meeting request, by item id. */
  detected: Map<string, EventDetection>;
}

const actionableMethods = new Set(['REQUEST', 'PUBLISH', 'CANCEL']);

/** At most this many mails go to the model per run; the rest use the heuristics. */
const maxLlmCallsPerRun = 10;

interface Candidate {
  item: AgentItem;
  event: InvitationEvent;
}

/** Newer wins: higher SEQUENCE, then the later mail (an update and its cancel in one batch). */
function newer(a: Candidate, b: Candidate): boolean {
  if (a.event.sequence !== b.event.sequence) return a.event.sequence > b.event.sequence;
  return (a.item.receivedAt?.getTime() ?? 0) >= (b.item.receivedAt?.getTime() ?? 0);
}

function addUsage(total: AgentUsage, usage: LlmUsage | undefined): void {
  if (!usage) return;
  total.promptTokens += usage.promptTokens;
  total.completionTokens += usage.completionTokens;
  total.llmCalls += usage.calls;
}

/** What one run accumulates while it walks the items. */
interface RunState {
  context: AgentContext;
  scope: ProposalScope;
  detected: Map<string, EventDetection>;
  proposals: ProposalDraft[];
  notes: string[];
  usage: AgentUsage;
  llmAsked: number;
  llmFailed: number;
}

function proposeFromInvitations(items: AgentItem[], state: RunState): void {
  const { context } = state;
  const latest = new Map<string, Candidate>();
  for (const item of items) {
    try {
      const { events, problems } = readInvitation(item, {
        now: context.now,
        timeZone: context.user.timezone,
      });
      if (problems.length > 0)
        state.notes.push(`item ${item.id}: ${problems.length} calendar entries unreadable`);
      for (const event of events) {
        state.detected.set(item.id, { source: 'invitation', method: event.method });
        // A REPLY (someone accepted) or COUNTER must not hide the REQUEST it answers.
        if (!actionableMethods.has(event.method)) continue;
        const seen = latest.get(event.uid);
        if (!seen || newer({ item, event }, seen)) latest.set(event.uid, { item, event });
      }
    } catch (error) {
      const code = isAppError(error) ? error.code : 'parse error';
      state.notes.push(`item ${item.id}: calendar part unreadable (${code})`);
    }
  }
  const own = context.user.addresses;
  for (const { item, event } of latest.values()) {
    const proposal = invitationProposal(event, item, { now: context.now, ownAddresses: own }, state.scope);
    if (proposal) state.proposals.push(proposal);
  }
}

/** The model's reading of one mail: true when it settled the item, false to use the heuristics. */
async function askModel(
  item: AgentItem,
  llm: LlmClient,
  foundByRules: number,
  state: RunState,
): Promise<boolean> {
  const { context } = state;
  state.llmAsked++;
  try {
    const answer = await aiEvent(llm, item, {
      timeZone: context.user.timezone,
      now: context.now,
      defaultMinutes: context.preferences.meetingMinutes,
      ownAddresses: context.user.addresses,
    });
    addUsage(state.usage, answer.usage);
    if (!answer.meeting) return foundByRules === 0;
    state.detected.set(item.id, { source: 'text' });
    const proposal = textMeetingProposal(item, answer.meeting, context, state.scope);
    if (proposal) state.proposals.push(proposal);
    return true;
  } catch (error) {
    if (!isAppError(error, 'LLM_UNAVAILABLE') && !isAppError(error, 'LLM_INVALID_OUTPUT')) throw error;
    addUsage(state.usage, (error as { usage?: LlmUsage }).usage);
    state.llmFailed++;
    state.notes.push(`item ${item.id}: ${error.code}, used heuristics`);
    return false;
  }
}

async function proposeFromText(items: AgentItem[], state: RunState): Promise<void> {
  const { context } = state;
  const llm = context.llm?.isAvailable() ? context.llm : undefined;
  const scheduling = context.intent === 'schedule_event' && context.items.length === 1;
  for (const item of items) {
    const options = {
      timeZone: context.user.timezone,
      reference: item.receivedAt ?? context.now,
      now: context.now,
      defaultMinutes: context.preferences.meetingMinutes,
      meetingHours: context.preferences.meetingHours,
    };
    const text = findTextMeetings(item, options);
    // The body holds no usable time: the subject may ("Staff meeting Tue 2pm").
    const fromSubject = text.meetings.length === 0 ? findSubjectMeeting(item, options) : undefined;
    const scan = fromSubject ? { meetings: [fromSubject], unresolved: false } : text;
    const wanted = scan.unresolved || scheduling;
    if (llm && wanted && state.llmAsked < maxLlmCallsPerRun) {
      if (await askModel(item, llm, scan.meetings.length, state)) continue;
    }
    for (const meeting of scan.meetings) {
      const proposal = textMeetingProposal(item, meeting, context, state.scope);
      if (!proposal) continue;
      state.detected.set(item.id, { source: 'text' });
      state.proposals.push(proposal);
    }
  }
}

export class EventAgent implements Agent<EventAgentOutput> {
  readonly name = 'event' as const;

  async run(context: AgentContext): Promise<AgentResult<EventAgentOutput>> {
    const state: RunState = {
      context,
      scope: {
        userTimeZone: context.user.timezone,
        calendar: context.calendar,
        accountId: context.calendarAccountId,
      },
      detected: new Map(),
      proposals: [],
      notes: [],
      usage: { promptTokens: 0, completionTokens: 0, llmCalls: 0 },
      llmAsked: 0,
      llmFailed: 0,
    };
    const eligible = context.items.filter((item) => item.kind === 'email' && !skipReason(item, context));
    proposeFromInvitations(
      eligible.filter((i) => i.calendarPart),
      state,
    );
    await proposeFromText(
      eligible.filter((i) => !i.calendarPart && textScanAllowed(i, context)),
      state,
    );

    const kept = state.proposals.filter((p) => !context.preferences.mutedKinds.includes(p.kind));
    const { llmAsked, llmFailed } = state;
    context.logger.debug(
      { agent: 'event', items: context.items.length, proposals: kept.length, llmAsked, llmFailed },
      'event agent done',
    );
    if (kept.length > 0)
      context.progress(`Event: ${kept.length} calendar proposal${kept.length > 1 ? 's' : ''}`);
    return {
      output: { detected: state.detected },
      proposals: kept.map((p) => withRisk(p, context)),
      mode: llmFailed > 0 ? 'fallback' : llmAsked > 0 ? 'llm' : 'heuristic',
      usage: state.usage,
      notes: state.notes,
    };
  }
}

/** A medium-risk mail's proposals carry the safety agent's reasons onto the card. */
function withRisk(proposal: ProposalDraft, context: AgentContext): ProposalDraft {
  const verdict = proposal.itemId ? context.analyses.safety.get(proposal.itemId) : undefined;
  if (!verdict || verdict.riskLevel === 'low') return proposal;
  return { ...proposal, riskLevel: verdict.riskLevel, riskReasons: verdict.reasons };
}
