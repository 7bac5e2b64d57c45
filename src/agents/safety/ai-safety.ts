/**
 * The language model's second opinion on mails the heuristics find ambiguous
 * (score inside `ambiguousBand`). Clear cases are never sent. The model may
 * move a verdict within the band only: it can call an ambiguous mail a scam or
 * clear it, never touch a clear verdict, and never clear a prompt-injection
 * flag. Mail text reaches the prompt only fenced as untrusted data.
 */
import { z } from 'zod';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import { fenceUntrusted, untrustedDataRule } from '../../llm/fence-untrusted.js';
import type { LlmClient } from '../../llm/llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from '../../llm/llm-errors.js';
import type { AgentUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { scamThreshold, suspiciousThreshold } from './score-mail.js';

/** Scores in [low, high) are ambiguous; the model is asked about those only. */
export const ambiguousBand = { low: suspiciousThreshold, high: 1.6 } as const;
const batchSize = 8;
const excerptChars = 1500;
const confident = 0.6;

const answerSchema = z.object({
  verdicts: z.array(
    z.object({
      id: z.string(),
      scam: z.boolean(),
      confidence: z.number().min(0).max(1),
      reason: z.string().max(300),
    }),
  ),
});
type Answer = z.infer<typeof answerSchema>;

const system = [
  'You review e-mails that automatic checks found ambiguous and decide whether each is a scam or phishing',
  '(credential theft, fake invoices or payment requests, advance-fee fraud, impersonation) or legitimate mail',
  '(newsletters, receipts, notifications, business requests, meeting invitations).',
  'For each mail you get the heuristic findings and an excerpt. Answer with one verdict per id:',
  'scam true/false, your confidence 0..1, and one short reason a user can read.',
  untrustedDataRule,
].join(' ');

export function isAmbiguous(verdict: SafetyVerdict): boolean {
  return verdict.score >= ambiguousBand.low && verdict.score < ambiguousBand.high;
}

function describe(item: AgentItem, verdict: SafetyVerdict): string {
  const linkHosts = [
    ...new Set(item.links.map((link) => /^[a-z]+:\/\/([^/?#]+)/i.exec(link.href)?.[1] ?? '')),
  ]
    .filter((host) => host.length > 0)
    .slice(0, 8);
  const excerpt = item.bodyText.slice(0, excerptChars);
  return [
    `id: ${item.id}`,
    fenceUntrusted(
      'headers',
      `From: ${item.fromName ?? ''} <${item.fromAddress ?? ''}>\nReply-To: ${item.replyTo ?? ''}\nSubject: ${item.subject}\nLink hosts: ${linkHosts.join(', ')}\nAttachments: ${item.attachments.map((a) => a.filename).join(', ')}`,
    ),
    `Heuristic score ${verdict.score} (scam at ${scamThreshold}); findings: ${verdict.reasons.join(' | ') || 'none'}`,
    fenceUntrusted('body', excerpt),
  ].join('\n');
}

function apply(verdict: SafetyVerdict, answer: Answer['verdicts'][number]): SafetyVerdict {
  if (answer.confidence < confident) return verdict;
  const note = `AI review: ${answer.reason.replaceAll(/\s+/g, ' ').trim()}`;
  if (answer.scam) {
    return {
      ...verdict,
      isScam: true,
      riskLevel: 'high',
      score: Math.max(verdict.score, scamThreshold),
      reasons: [...verdict.reasons, note],
    };
  }
  const score = Math.max(ambiguousBand.low, Math.min(verdict.score, scamThreshold - 0.01));
  return {
    ...verdict,
    isScam: false,
    // A prompt-injection flag stays high whatever the model says.
    riskLevel: verdict.promptInjection ? 'high' : 'medium',
    score,
    reasons: [...verdict.reasons, note],
  };
}

export interface AiSafetyOutcome {
  verdicts: Map<string, SafetyVerdict>;
  usage: AgentUsage;
  notes: string[];
  /** 'heuristic' when nothing was asked, 'fallback' when some batch failed. */
  mode: 'llm' | 'heuristic' | 'fallback';
}

export async function aiSafetySecondOpinion(
  llm: LlmClient,
  items: AgentItem[],
  verdicts: ReadonlyMap<string, SafetyVerdict>,
): Promise<AiSafetyOutcome> {
  const result = new Map(verdicts);
  const usage: AgentUsage = { promptTokens: 0, completionTokens: 0, llmCalls: 0 };
  const notes: string[] = [];
  const ambiguous = items.filter((item) => {
    const verdict = verdicts.get(item.id);
    return verdict !== undefined && isAmbiguous(verdict);
  });
  if (ambiguous.length === 0) return { verdicts: result, usage, notes, mode: 'heuristic' };
  if (!llm.isAvailable()) {
    notes.push(
      `AI second opinion unavailable; kept the rule-based verdict for ${ambiguous.length} ambiguous mail(s)`,
    );
    return { verdicts: result, usage, notes, mode: 'fallback' };
  }

  let failed = false;
  for (let start = 0; start < ambiguous.length; start += batchSize) {
    const batch = ambiguous.slice(start, start + batchSize);
    const user = batch.map((item) => describe(item, verdicts.get(item.id)!)).join('\n\n---\n\n');
    try {
      const response = await llm.completeJson({
        agent: 'safety',
        system,
        user,
        schema: answerSchema,
        schemaName: 'safety_verdicts',
        temperature: 0,
      });
      usage.promptTokens += response.usage.promptTokens;
      usage.completionTokens += response.usage.completionTokens;
      usage.llmCalls += response.usage.calls;
      const asked = new Set(batch.map((item) => item.id));
      for (const answer of response.value.verdicts) {
        // Ignore ids the model made up or that were not in this batch.
        if (!asked.has(answer.id)) continue;
        result.set(answer.id, apply(result.get(answer.id)!, answer));
      }
    } catch (error) {
      if (!(error instanceof LlmUnavailableError || error instanceof LlmInvalidOutputError)) throw error;
      failed = true;
      if (error.usage) {
        usage.promptTokens += error.usage.promptTokens;
        usage.completionTokens += error.usage.completionTokens;
        usage.llmCalls += error.usage.calls;
      }
      notes.push(
        `AI second opinion failed (${error.code}); kept the rule-based verdict for ${batch.length} mail(s)`,
      );
    }
  }
  return { verdicts: result, usage, notes, mode: failed ? 'fallback' : 'llm' };
}
