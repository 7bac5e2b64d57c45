/**
 * Summaries and reply drafts from the model, a few mails per call. Mail text
 * goes in only inside fences; the answer is zod-validated by the client and
 * checked per mail here, so one bad entry falls back to the rules for that
 * mail alone. A failed call falls back for its batch; once the model is
 * unavailable the remaining batches are not tried.
 */
import { z } from 'zod';
import type { MailSummary } from '../../domain/analysis/summary.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import { formatShortDateTime } from '../../domain/time/format-local.js';
import { fenceUntrusted, untrustedDataRule } from '../../llm/fence-untrusted.js';
import type { LlmClient } from '../../llm/llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from '../../llm/llm-errors.js';
import type { Logger } from '../../logging/logger.js';
import type { AgentUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import type { UserPreferences } from '../preferences.js';
import type { NewText } from './new-text.js';

export interface AiEmailRequest {
  item: AgentItem;
  newText: NewText;
  triage: TriageResult | undefined;
  summary: boolean;
  draft: boolean;
}

export interface AiEmailContext {
  timezone: string;
  now: Date;
  tone: UserPreferences['tone'];
  userName: string;
  logger: Logger;
  batchSize?: number;
}

export interface AiEmailResult {
  summaries: Map<string, MailSummary>;
  /** Reply text (greeting and body, no sign-off, no quote) per item id. */
  drafts: Map<string, string>;
  usage: AgentUsage;
  notes: string[];
}

const maxTextChars = 3_000;

const answerSchema = z.object({
  messages: z.array(
    z.object({
      ref: z.string(),
      tldr: z.string().nullable(),
      bullets: z.array(z.string()).nullable(),
      draft: z.string().nullable(),
    }),
  ),
});
type Answer = z.infer<typeof answerSchema>['messages'][number];

const summaryCheck = z.object({
  tldr: z.string().trim().min(3).max(400),
  bullets: z.array(z.string().trim().min(2).max(400)).min(1).max(5),
});
const draftCheck = z.string().trim().min(10).max(6_000);

function systemPrompt(ctx: AiEmailContext): string {
  return [
    `You are the email assistant of ${ctx.userName}. You read their mail and answer in JSON only.`,
    untrustedDataRule,
    'For every message, return an entry with its ref and:',
    '- tldr: when a summary is wanted, one sentence saying what the sender wants or tells; else null.',
    '- bullets: when a summary is wanted, 3 to 5 short bullets with the facts that matter (requests, dates, amounts, decisions); else null.',
    `- draft: when a draft is wanted, the reply ${ctx.userName} could send, in a ${ctx.tone} tone: greeting and body only.`,
    '  No sign-off and no quoted text (both are added automatically). Do not invent facts, prices or commitments:',
    '  where something is unknown, write a placeholder in square brackets, e.g. [date]. Never include links,',
    '  passwords, codes or payment details, and never agree to pay or to send credentials. Else null.',
    'Summarise only the new text of each message, not the older quoted thread.',
  ].join('\n');
}

function userPrompt(batch: AiEmailRequest[], ctx: AiEmailContext): string {
  const parts = batch.map((request, index) => {
    const { item, triage } = request;
    const wants = [request.summary ? 'summary' : '', request.draft ? 'draft' : '']
      .filter(Boolean)
      .join(' and ');
    const received = item.receivedAt ? formatShortDateTime(item.receivedAt, ctx.timezone) : 'unknown';
    const due = triage?.dueAt ? `, due ${formatShortDateTime(triage.dueAt, ctx.timezone)}` : '';
    const meta = `ref m${index + 1}; wanted: ${wants}; received ${received}; category ${triage?.category ?? 'unknown'}${due}`;
    const mail = [
      `From: ${item.fromName ?? ''} <${item.fromAddress ?? ''}>`,
      `Subject: ${item.subject}`,
      '',
      (request.newText.text || item.bodyText).slice(0, maxTextChars),
    ].join('\n');
    return `${meta}\n${fenceUntrusted(`message m${index + 1}`, mail)}`;
  });
  return `Now is ${formatShortDateTime(ctx.now, ctx.timezone)} (${ctx.timezone}).\n\n${parts.join('\n\n')}`;
}

function accept(
  answer: Answer | undefined,
  request: AiEmailRequest,
  out: AiEmailResult,
): { summary: boolean; draft: boolean } {
  const ok = { summary: false, draft: false };
  if (!answer) return ok;
  if (request.summary) {
    const summary = summaryCheck.safeParse({ tldr: answer.tldr, bullets: answer.bullets });
    if (summary.success) {
      out.summaries.set(request.item.id, summary.data);
      ok.summary = true;
    }
  }
  if (request.draft) {
    const draft = draftCheck.safeParse(answer.draft);
    if (draft.success) {
      out.drafts.set(request.item.id, draft.data);
      ok.draft = true;
    }
  }
  return ok;
}

export async function aiEmail(
  llm: LlmClient,
  requests: AiEmailRequest[],
  ctx: AiEmailContext,
): Promise<AiEmailResult> {
  const out: AiEmailResult = {
    summaries: new Map(),
    drafts: new Map(),
    usage: { promptTokens: 0, completionTokens: 0, llmCalls: 0 },
    notes: [],
  };
  const size = ctx.batchSize ?? 4;
  let rejected = 0;
  let skipped = 0;
  for (let start = 0; start < requests.length; start += size) {
    const batch = requests.slice(start, start + size);
    if (!llm.isAvailable()) {
      skipped += batch.length;
      continue;
    }
    try {
      const response = await llm.completeJson({
        agent: 'email',
        system: systemPrompt(ctx),
        user: userPrompt(batch, ctx),
        schema: answerSchema,
        schemaName: 'email_summaries_and_drafts',
        maxTokens: 600 * batch.length,
        temperature: 0.3,
      });
      out.usage.promptTokens += response.usage.promptTokens;
      out.usage.completionTokens += response.usage.completionTokens;
      out.usage.llmCalls += response.usage.calls;
      const byRef = new Map(response.value.messages.map((m) => [m.ref.trim(), m]));
      batch.forEach((request, index) => {
        const ok = accept(byRef.get(`m${index + 1}`), request, out);
        if ((request.summary && !ok.summary) || (request.draft && !ok.draft)) rejected++;
      });
    } catch (error) {
      if (!(error instanceof LlmUnavailableError) && !(error instanceof LlmInvalidOutputError)) throw error;
      if (error.usage) {
        out.usage.promptTokens += error.usage.promptTokens;
        out.usage.completionTokens += error.usage.completionTokens;
        out.usage.llmCalls += error.usage.calls;
      }
      ctx.logger.warn({ agent: 'email', code: error.code, batch: batch.length }, 'ai email batch failed');
      out.notes.push(
        `AI email ${error.code} for ${batch.length} mails: rule-based summaries and drafts used`,
      );
    }
  }
  if (rejected > 0)
    out.notes.push(`${rejected} AI answers missing or invalid: rule-based text used for those`);
  if (skipped > 0) out.notes.push(`AI unavailable for ${skipped} mails: rule-based text used`);
  return out;
}
