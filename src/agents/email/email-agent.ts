/**
 * The email agent: after triage and safety, a TL;DR and bullets for the
 * important mail and a reply-draft proposal for mail that needs an answer.
 * Rules first for everything, then the model (when up) for the same mails;
 * its answers replace the rule-based text mail by mail. Scams and mails that
 * try to instruct the assistant get no draft and are never shown to the model.
 */
import type { MailSummary } from '../../domain/analysis/summary.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { Agent, AgentContext, AgentResult } from '../agent.js';
import { noUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { type AiEmailRequest, aiEmail } from './ai-email.js';
import { draftBody, draftProposal, heuristicReplyText, replyShape, signOffFor } from './draft-reply.js';
import { heuristicSummary } from './heuristic-summary.js';
import { isMuted } from './is-muted.js';
import { extractNewText } from './new-text.js';

const unsummarised = new Set(['newsletter', 'notification', 'spam_scam', 'social']);

interface Plan extends AiEmailRequest {
  heuristicSummary?: MailSummary;
  heuristicReply?: string;
}

function wantsSummary(triage: TriageResult | undefined, scam: boolean): boolean {
  return !!triage && triage.importance >= 3 && !unsummarised.has(triage.category) && !scam;
}

export class EmailAgent implements Agent<Map<string, MailSummary>> {
  readonly name = 'email' as const;

  async run(context: AgentContext): Promise<AgentResult<Map<string, MailSummary>>> {
    const { analyses, preferences, user } = context;
    const userAddresses = new Set(user.addresses.map((a) => a.toLowerCase()));
    const notes: string[] = [];
    const plans: Plan[] = [];

    for (const item of context.items) {
      if (item.kind !== 'email' || item.headers['x-ops-center'] !== undefined) continue;
      const triage = analyses.triage.get(item.id);
      const verdict = analyses.safety.get(item.id);
      const scam = verdict?.isScam === true || triage?.category === 'spam_scam';
      const summary = wantsSummary(triage, scam);
      const draft = this.wantsDraft(
        context,
        item,
        triage,
        scam || verdict?.promptInjection === true,
        userAddresses,
        notes,
      );
      if (!summary && !draft) continue;
      const newText = extractNewText(item.bodyText, { senderName: item.fromName });
      const plan: Plan = { item, newText, triage, summary, draft };
      if (summary)
        plan.heuristicSummary = heuristicSummary(item, { triage, timezone: user.timezone }, newText);
      if (draft) {
        plan.heuristicReply = heuristicReplyText({
          shape: replyShape(newText, triage),
          tone: preferences.tone,
          dueAt: triage?.dueAt,
          now: context.now,
          timezone: user.timezone,
          workdayEnd: user.workdayEnd,
        });
      }
      plans.push(plan);
    }

    let mode: AgentResult<unknown>['mode'] = 'heuristic';
    let usage = noUsage;
    const summaries = new Map<string, MailSummary>();
    const replies = new Map<string, string>();
    const llm = context.llm;
    // A mail that tries to instruct the assistant is summarised by rules only.
    const forModel = plans.filter((p) => analyses.safety.get(p.item.id)?.promptInjection !== true);
    if (llm?.isAvailable() && forModel.length > 0) {
      context.progress(`Summarising ${forModel.length} mails with AI`);
      const answer = await aiEmail(llm, forModel, {
        timezone: user.timezone,
        now: context.now,
        tone: preferences.tone,
        userName: user.displayName,
        logger: context.logger,
      });
      for (const [id, s] of answer.summaries) summaries.set(id, s);
      for (const [id, r] of answer.drafts) replies.set(id, r);
      usage = answer.usage;
      notes.push(...answer.notes);
      const complete = forModel.every(
        (p) => (!p.summary || answer.summaries.has(p.item.id)) && (!p.draft || answer.drafts.has(p.item.id)),
      );
      mode = complete ? 'llm' : 'fallback';
    }

    const proposals: ProposalDraft[] = [];
    const signOff = signOffFor(preferences, user.displayName);
    for (const plan of plans) {
      if (plan.summary && !summaries.has(plan.item.id) && plan.heuristicSummary)
        summaries.set(plan.item.id, plan.heuristicSummary);
      if (!plan.draft) continue;
      const reply = replies.get(plan.item.id) ?? plan.heuristicReply ?? '';
      const verdict = analyses.safety.get(plan.item.id);
      const made = draftProposal({
        item: plan.item,
        body: draftBody(reply, signOff, plan.item, user.timezone),
        userAddresses,
        riskLevel: verdict?.riskLevel,
        riskReasons: verdict?.reasons,
      });
      if ('proposal' in made) proposals.push(made.proposal);
      else notes.push(`no draft for item ${plan.item.id}: ${made.problem}`);
    }
    return { output: summaries, proposals, mode, usage, notes };
  }

  private wantsDraft(
    context: AgentContext,
    item: AgentItem,
    triage: TriageResult | undefined,
    unsafe: boolean,
    userAddresses: Set<string>,
    notes: string[],
  ): boolean {
    if (unsafe || userAddresses.has((item.fromAddress ?? '').toLowerCase())) return false;
    // Asking for a draft of this very mail overrides "needs no reply" and the mutes.
    if (context.intent === 'draft_reply') return true;
    if (!triage?.needsReply) return false;
    const muted = isMuted(context.preferences, {
      sender: item.fromAddress,
      category: triage.category,
      kind: 'create_email_draft',
    });
    if (muted) notes.push(`no draft for item ${item.id}: ${muted}`);
    return muted === undefined;
  }
}
