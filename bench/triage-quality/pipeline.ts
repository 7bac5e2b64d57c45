/**
 * Runs one mail through the path the app and `ops triage` use, in heuristic
 * mode: MIME normalisation, the safety agent, the triage agent, then the event
 * agent (as refresh_inbox does). Each mail is its own mailbox, as with
 * `ops triage one.eml`: the owner is the address it was sent to (first To),
 * and "now" is the moment it arrived, so a proposed time is still ahead.
 */
import { createHash } from 'node:crypto';
import type { AgentContext } from '../../src/agents/agent.js';
import { emptyAnalyses } from '../../src/agents/agent.js';
import { agentItemFromNormalised } from '../../src/agents/agent-item.js';
import { EventAgent } from '../../src/agents/event/event-agent.js';
import { defaultPreferences } from '../../src/agents/preferences.js';
import { SafetyAgent } from '../../src/agents/safety/safety-agent.js';
import { TriageAgent } from '../../src/agents/triage/triage-agent.js';
import { silentLogger } from '../../src/logging/logger.js';
import { normaliseMime } from '../../src/sync/mail/normalise-mime.js';

export interface PipelineResult {
  category: string;
  needsReply: boolean;
  isScam: boolean;
  /** The event agent proposed a calendar event from this mail. */
  eventProposal: boolean;
  reasons: string[];
}

/** Enron's head office: "at 3" and "tomorrow" are read in this zone. */
const timezone = 'America/Chicago';

export async function runPipeline(raw: Buffer, index: number): Promise<PipelineResult> {
  const normalised = await normaliseMime(raw, { maxBodyChars: 100_000, position: `message ${index}` });
  const item = agentItemFromNormalised(normalised, {
    id: `tq-${index}`,
    accountId: 'file',
    contentHash: createHash('sha256').update(raw).digest('hex'),
  });
  const owner = item.toAddresses.slice(0, 1);
  const now = new Date((item.receivedAt ?? new Date()).getTime() + 60_000);
  const context: AgentContext = {
    runId: 'triage-quality',
    intent: 'refresh_inbox',
    now,
    user: {
      id: 'bench',
      displayName: owner[0] ?? 'me',
      addresses: owner,
      timezone,
      workdayStart: '09:00',
      workdayEnd: '17:30',
      workdays: [1, 2, 3, 4, 5],
      location: null,
    },
    preferences: defaultPreferences,
    items: [item],
    knownContacts: new Set(),
    calendar: [],
    forecasts: [],
    analyses: emptyAnalyses(),
    llm: undefined,
    progress: () => {},
    logger: silentLogger,
    calendarAccountId: undefined,
    signals: [],
    lastUserReplies: new Map(),
  };
  const safety = await new SafetyAgent().run(context);
  context.analyses.safety = safety.output;
  const triage = await new TriageAgent().run(context);
  context.analyses.triage = triage.output;
  const event = await new EventAgent().run(context);
  const t = triage.output.get(item.id);
  return {
    category: t?.category ?? 'none',
    needsReply: t?.needsReply ?? false,
    isScam: safety.output.get(item.id)?.isScam ?? false,
    eventProposal: event.proposals.some((p) => p.kind === 'create_calendar_event' && p.itemId === item.id),
    reasons: t?.reasons ?? [],
  };
}
