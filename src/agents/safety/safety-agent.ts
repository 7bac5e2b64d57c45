/**
 * The safety agent: a scam/phishing and prompt-injection verdict for every
 * mail in the run, from weighted heuristics (score-mail.ts), with the language
 * model's second opinion on the ambiguous ones when a model is configured.
 * It proposes nothing itself; proposal risk is assessProposalRisk's job.
 */
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import { type Agent, type AgentContext, type AgentResult, noUsage } from '../agent.js';
import { aiSafetySecondOpinion } from './ai-safety.js';
import { type SafetyScoringContext, scoreMail } from './score-mail.js';

export class SafetyAgent implements Agent<Map<string, SafetyVerdict>> {
  readonly name = 'safety' as const;

  async run(context: AgentContext): Promise<AgentResult<Map<string, SafetyVerdict>>> {
    const mails = context.items.filter((item) => item.kind === 'email');
    const scoring: SafetyScoringContext = {
      knownContacts: context.knownContacts,
      trustedSenders: context.preferences.trustedSenders,
    };
    const verdicts = new Map<string, SafetyVerdict>();
    for (const item of mails) verdicts.set(item.id, scoreMail(item, scoring));
    if (mails.length > 0) context.progress(`Checked ${mails.length} mail(s) for scams`);

    if (!context.llm) {
      return { output: verdicts, proposals: [], mode: 'heuristic', usage: { ...noUsage }, notes: [] };
    }
    const outcome = await aiSafetySecondOpinion(context.llm, mails, verdicts);
    for (const note of outcome.notes) context.logger.warn({ agent: 'safety', runId: context.runId }, note);
    return {
      output: outcome.verdicts,
      proposals: [],
      mode: outcome.mode,
      usage: outcome.usage,
      notes: outcome.notes,
    };
  }
}
