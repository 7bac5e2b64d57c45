/**
 * The LLM path of triage: items the heuristics are unsure about go to the
 * model several per call, each condensed and fenced as untrusted data.
 * Results come back only for items the model answered validly; the caller
 * keeps the heuristic result for the rest, and `notes` say why (never with
 * mail content). It does not cache: the orchestrator skips items whose
 * content hash was already analysed.
 */
import type { TriageResult } from '../../domain/analysis/triage.js';
import type { LlmClient, LlmUsage } from '../../llm/llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from '../../llm/llm-errors.js';
import type { Logger } from '../../logging/logger.js';
import type { AgentUsage } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import {
  toTriageResult,
  triageAnswerEnvelopeSchema,
  triageAnswerItemSchema,
  triageAnswerJsonSchema,
} from './ai-triage-answer.js';
import { defaultBodyChars, renderTriageItem, triageSystemPrompt } from './ai-triage-prompt.js';

export interface AiTriageContext {
  timezone: string;
  now: Date;
  logger: Logger;
  /** The user's own addresses, to tell "to you" from "cc you"; optional. */
  userAddresses?: readonly string[];
  /** "HH:MM": when a due date without a time falls due; 23:59 when absent. */
  workdayEnd?: string;
}

export interface AiTriageOptions {
  /** Messages per call: more saves the shared prompt, fewer keeps answers reliable. */
  batchSize?: number;
  bodyChars?: number;
  /** Calls in flight at once. */
  concurrency?: number;
  signal?: AbortSignal;
}

export const defaultTriageBatchSize = 10;
const defaultConcurrency = 3;
/** Completion budget: an answer entry is about 40 tokens; leave room for a longer reason. */
const maxTokensPerItem = 80;

export interface AiTriageOutcome {
  results: Map<string, TriageResult>;
  usage: AgentUsage;
  notes: string[];
}

export async function aiTriage(
  llm: LlmClient,
  items: AgentItem[],
  heuristics: Map<string, TriageResult>,
  ctx: AiTriageContext,
  options: AiTriageOptions = {},
): Promise<AiTriageOutcome> {
  const batchSize = Math.max(1, options.batchSize ?? defaultTriageBatchSize);
  const outcome: AiTriageOutcome = {
    results: new Map(),
    usage: { promptTokens: 0, completionTokens: 0, llmCalls: 0 },
    notes: [],
  };
  const unsure = items.filter((item) => heuristics.get(item.id)?.certain !== true);
  const batches: AgentItem[][] = [];
  for (let i = 0; i < unsure.length; i += batchSize) batches.push(unsure.slice(i, i + batchSize));
  if (batches.length === 0) return outcome;

  const system = triageSystemPrompt(ctx.now, ctx.timezone);
  const log = ctx.logger.child({ agent: 'triage' });
  let next = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch !== undefined; batch = batches[next++]) {
      await triageBatch(llm, batch, heuristics, { ...ctx, system, log, options }, outcome);
    }
  };
  const workers = Math.min(Math.max(1, options.concurrency ?? defaultConcurrency), batches.length);
  await Promise.all(Array.from({ length: workers }, worker));
  log.debug(
    { sent: unsure.length, answered: outcome.results.size, calls: outcome.usage.llmCalls },
    'AI triage finished',
  );
  return outcome;
}

async function triageBatch(
  llm: LlmClient,
  batch: AgentItem[],
  heuristics: Map<string, TriageResult>,
  ctx: AiTriageContext & { system: string; log: Logger; options: AiTriageOptions },
  outcome: AiTriageOutcome,
): Promise<void> {
  const ids = batch.map((item) => item.id).join(', ');
  if (!llm.isAvailable()) {
    outcome.notes.push(`AI paused after repeated failures; rules kept for ${batch.length} items (${ids})`);
    return;
  }
  const byRef = new Map(batch.map((item, i) => [`m${i + 1}`, item]));
  const render = { timezone: ctx.timezone, bodyChars: ctx.options.bodyChars ?? defaultBodyChars };
  const user = [...byRef]
    .map(([ref, item]) =>
      renderTriageItem(ref, item, heuristics.get(item.id), { ...render, userAddresses: ctx.userAddresses }),
    )
    .join('\n\n');

  let answers: unknown[];
  try {
    const answer = await llm.completeJson({
      agent: 'triage',
      system: ctx.system,
      user,
      schema: triageAnswerEnvelopeSchema,
      jsonSchema: triageAnswerJsonSchema,
      schemaName: 'triage_batch',
      maxTokens: 60 + maxTokensPerItem * batch.length,
      temperature: 0,
      ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
    });
    addUsage(outcome.usage, answer.usage);
    answers = answer.value.items;
  } catch (error) {
    if (!(error instanceof LlmUnavailableError || error instanceof LlmInvalidOutputError)) throw error;
    addUsage(outcome.usage, error.usage);
    ctx.log.warn({ code: error.code, items: batch.length }, 'AI triage batch failed; rules kept');
    outcome.notes.push(`${error.message}; rules kept for ${batch.length} items (${ids})`);
    return;
  }

  const answered = new Set<string>();
  let strays = 0;
  for (const raw of answers) {
    const parsed = triageAnswerItemSchema.safeParse(raw);
    const ref = (parsed.success ? parsed.data.id : idOf(raw))?.trim();
    const item = ref === undefined ? undefined : byRef.get(ref);
    if (ref === undefined || item === undefined || answered.has(ref)) {
      strays += 1;
      continue;
    }
    answered.add(ref);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 2)
        .map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
      outcome.notes.push(`${item.id}: AI answer invalid (${problems.join('; ')}); rules kept`);
      continue;
    }
    const result = toTriageResult(parsed.data, ctx.timezone, ctx.workdayEnd);
    if (parsed.data.due !== null && result.dueAt === undefined) {
      outcome.notes.push(`${item.id}: AI due date unreadable; ignored`);
    }
    outcome.results.set(item.id, result);
  }
  for (const [ref, item] of byRef) {
    if (!answered.has(ref)) outcome.notes.push(`${item.id}: missing from AI answer; rules kept`);
  }
  if (strays > 0) outcome.notes.push(`AI answer had ${strays} entries with unknown or repeated ids; ignored`);
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function addUsage(total: AgentUsage, usage: LlmUsage | undefined): void {
  if (!usage) return;
  total.promptTokens += usage.promptTokens;
  total.completionTokens += usage.completionTokens;
  total.llmCalls += usage.calls;
}
