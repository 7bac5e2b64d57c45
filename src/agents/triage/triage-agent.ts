/**
 * The triage agent: heuristics for every mail, then (when a model is up) a
 * second opinion on the mails the heuristics were unsure about. Hard rules
 * win over the model: the user's own mail never needs a reply and a safety
 * verdict of "scam" stays a scam. Mail the assistant wrote is skipped.
 */

import type { TriageResult } from '../../domain/analysis/triage.js';
import { triageCategories } from '../../domain/analysis/triage.js';
import { isAnswered } from '../../domain/items/answered.js';
import { freeMailDomains } from '../../domain/mail/free-mail-domains.js';
import type { LlmUsage } from '../../llm/llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from '../../llm/llm-errors.js';
import type { Agent, AgentContext, AgentResult, AgentUsage } from '../agent.js';
import { noUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { aiTriage } from './ai-triage.js';
import { heuristicTriage, type TriageInput } from './heuristic-triage.js';
import { domainOf, userNamePattern } from './mail-signals.js';

export function triageInputFrom(context: AgentContext): TriageInput {
  const userAddresses = new Set(context.user.addresses.map((a) => a.toLowerCase()));
  const userDomains = new Set(
    [...userAddresses].map(domainOf).filter((d) => d !== '' && !freeMailDomains.has(d)),
  );
  return {
    userAddresses,
    userDomains,
    userNamePattern: userNamePattern(context.user.displayName),
    knownContacts: context.knownContacts,
    timezone: context.user.timezone,
    workdayEnd: context.user.workdayEnd,
    now: context.now,
    safety: context.analyses.safety,
    lastUserReplies: context.lastUserReplies ?? new Map(),
  };
}

function usageFrom(usage: LlmUsage | undefined): AgentUsage {
  if (!usage) return noUsage;
  return {
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    llmCalls: usage.calls,
  };
}

/** The model may not overrule what headers prove. */
function enforceHardRules(item: AgentItem, result: TriageResult, input: TriageInput): TriageResult {
  const fixed: TriageResult = {
    ...result,
    importance: Math.min(5, Math.max(1, Math.round(result.importance))),
    category: triageCategories.includes(result.category) ? result.category : 'work',
  };
  const answered = isAnswered(item, input.lastUserReplies);
  if ((answered || input.userAddresses.has((item.fromAddress ?? '').toLowerCase())) && fixed.needsReply) {
    fixed.needsReply = false;
    if (fixed.actionType === 'reply') fixed.actionType = 'none';
  }
  if (input.safety.get(item.id)?.isScam) {
    Object.assign(fixed, { category: 'spam_scam', importance: 1, needsReply: false, actionType: 'none' });
  }
  return fixed;
}

export class TriageAgent implements Agent<Map<string, TriageResult>> {
  readonly name = 'triage' as const;

  async run(context: AgentContext): Promise<AgentResult<Map<string, TriageResult>>> {
    const input = triageInputFrom(context);
    const results = new Map<string, TriageResult>();
    const byId = new Map<string, AgentItem>();
    for (const item of context.items) {
      const result = heuristicTriage(item, input);
      if (!result) continue;
      results.set(item.id, result);
      byId.set(item.id, item);
    }
    context.progress(`Triage: ${results.size} mails sorted by rules`);

    const uncertain = [...byId.values()].filter((item) => results.get(item.id)?.certain === false);
    const llm = context.llm;
    if (!llm?.isAvailable() || uncertain.length === 0) {
      return { output: results, proposals: [], mode: 'heuristic', usage: noUsage, notes: [] };
    }

    const heuristics = new Map(uncertain.map((item) => [item.id, results.get(item.id)!]));
    try {
      const answer = await aiTriage(llm, uncertain, heuristics, {
        timezone: context.user.timezone,
        now: context.now,
        logger: context.logger,
        userAddresses: context.user.addresses,
        workdayEnd: context.user.workdayEnd,
      });
      let answered = 0;
      for (const [id, result] of answer.results) {
        const item = heuristics.has(id) ? byId.get(id) : undefined;
        if (!item) continue;
        results.set(id, enforceHardRules(item, result, input));
        answered++;
      }
      const missing = uncertain.length - answered;
      const notes = [...answer.notes];
      if (missing > 0) notes.push(`${missing} of ${uncertain.length} mails kept their rule-based triage`);
      context.logger.debug({ agent: 'triage', sent: uncertain.length, answered }, 'ai triage merged');
      return {
        output: results,
        proposals: [],
        mode: missing > 0 ? 'fallback' : 'llm',
        usage: answer.usage,
        notes,
      };
    } catch (error) {
      if (!(error instanceof LlmUnavailableError) && !(error instanceof LlmInvalidOutputError)) throw error;
      context.logger.warn(
        { agent: 'triage', code: error.code },
        'ai triage failed, keeping rule-based triage',
      );
      return {
        output: results,
        proposals: [],
        mode: 'fallback',
        usage: usageFrom(error.usage),
        notes: [
          `AI triage unavailable (${error.code}): ${uncertain.length} mails kept their rule-based triage`,
        ],
      };
    }
  }
}
