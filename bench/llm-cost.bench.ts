/**
 * What LLM triage costs in tokens. A generated 500-message mailbox goes
 * through the real heuristics, then the unsure messages through (a) the
 * batched aiTriage path and (b) a naive baseline, written here only, that
 * sends each message's full body in its own call. Both talk real HTTP to the
 * fake OpenAI server, which counts tokens with a BPE tokenizer (cl100k_base)
 * and includes the JSON schema in the prompt count, so the numbers are what
 * a provider would bill give or take the model's own tokenizer. A second run
 * over unchanged mail shows that content-hash caching sends nothing.
 *
 * Run alone: node --import tsx bench/llm-cost.bench.ts
 */
import { pathToFileURL } from 'node:url';
import type { AgentItem } from '../src/agents/agent-item.js';
import { aiTriage, defaultTriageBatchSize } from '../src/agents/triage/ai-triage.js';
import { triageAnswerItemSchema } from '../src/agents/triage/ai-triage-answer.js';
import { heuristicTriage, type TriageInput } from '../src/agents/triage/heuristic-triage.js';
import { userNamePattern } from '../src/agents/triage/mail-signals.js';
import { actionTypes, type TriageResult, triageCategories } from '../src/domain/analysis/triage.js';
import { fenceUntrusted, untrustedDataRule } from '../src/llm/fence-untrusted.js';
import type { LlmClient, LlmUsage } from '../src/llm/llm-client.js';
import { OpenAiLlmClient } from '../src/llm/openai-llm-client.js';
import { silentLogger } from '../src/logging/logger.js';
import {
  type FakeOpenAiServer,
  type FakeResponder,
  startFakeOpenAiServer,
} from '../test/fakes/fake-openai-server.js';
import { fakeTriageResponder, guessTriage, parseTriageBatch } from '../test/fakes/fake-triage-responder.js';
import { edited, generateMailbox, mailboxOwner } from './llm-cost-mailbox.js';
import type { BenchResult } from './types.js';

const mailboxSize = 500;
const targetTokensPerMessage = 400;
const timezone = 'Europe/London';
const now = new Date('2025-11-27T09:00:00Z');

/** Answers batch prompts per message, and naive single-message prompts with one object. */
const responder: FakeResponder = (request) => {
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  if (parseTriageBatch(user).length > 0) return fakeTriageResponder()(request);
  return { json: guessTriage(user) };
};

// --- the naive baseline: one call per message, the whole body, a single-object answer ---
const naiveSchema = triageAnswerItemSchema.omit({ id: true });
const naiveSystem = [
  'You are an email assistant. Classify the email below.',
  `Reply with JSON: {"category": one of ${triageCategories.join('|')}, "importance": 1-5,`,
  `"needs_reply": true|false, "action_type": one of ${actionTypes.join('|')},`,
  '"due": "YYYY-MM-DD" or null, "reason": a short explanation}.',
  untrustedDataRule,
].join(' ');

async function naiveTriage(llm: LlmClient, item: AgentItem): Promise<LlmUsage> {
  const mail = [
    `From: ${item.fromName ?? ''} <${item.fromAddress ?? ''}>`,
    `To: ${item.toAddresses.join(', ')}`,
    `Cc: ${item.ccAddresses.join(', ')}`,
    `Date: ${item.receivedAt?.toISOString() ?? ''}`,
    `Subject: ${item.subject}`,
    '',
    item.bodyText,
  ].join('\n');
  const answer = await llm.completeJson({
    agent: 'triage-naive',
    system: naiveSystem,
    user: fenceUntrusted('email', mail),
    schema: naiveSchema,
    schemaName: 'triage',
  });
  return answer.usage;
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: size }, worker));
}

function heuristicsOf(mailbox: AgentItem[]): Map<string, TriageResult> {
  const input: TriageInput = {
    userAddresses: new Set([mailboxOwner.address]),
    userDomains: new Set(['analytical.example']),
    userNamePattern: userNamePattern(mailboxOwner.name),
    knownContacts: new Set(['grace.hopper@navy-labs.example', 'charles@analytical.example']),
    timezone,
    workdayEnd: '17:30',
    now,
    safety: new Map(),
    lastUserReplies: new Map(),
  };
  const results = new Map<string, TriageResult>();
  for (const item of mailbox) {
    const result = heuristicTriage(item, input);
    if (result) results.set(item.id, result);
  }
  return results;
}

interface Totals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

export interface LlmCostMeasurement {
  mailboxSize: number;
  medianBodyChars: number;
  maxBodyChars: number;
  /** Messages the heuristics were unsure about: what goes to the LLM. */
  unsure: number;
  batched: Totals & { answered: number; notes: number };
  naive: Totals & { unsureTokens: number };
  secondRun: Totals & { sent: number };
  thirdRun: Totals & { sent: number; edited: number };
}

function totalsOf(server: FakeOpenAiServer): Totals {
  const { completions, promptTokens, completionTokens } = server.totals;
  return { calls: completions, promptTokens, completionTokens };
}

export async function measureLlmCost(size = mailboxSize): Promise<LlmCostMeasurement> {
  const server = await startFakeOpenAiServer({ responder });
  try {
    const llm = new OpenAiLlmClient({
      baseUrl: server.baseUrl,
      apiKey: 'bench-key',
      model: 'meta/llama-3.3-70b-instruct',
      timeoutMs: 30_000,
      maxRetries: 0,
      logger: silentLogger,
    });
    const mailbox = generateMailbox(size);
    const heuristics = heuristicsOf(mailbox);
    const unsure = mailbox.filter((item) => heuristics.get(item.id)?.certain !== true);
    const ctx = {
      timezone,
      now,
      logger: silentLogger,
      userAddresses: [mailboxOwner.address],
      workdayEnd: '17:30',
    };

    // (a) batched, first run: every message is new. aiTriage itself skips the certain ones.
    const analysed = new Set<string>();
    const batched = await aiTriage(llm, mailbox, heuristics, ctx);
    for (const item of mailbox) analysed.add(item.contentHash);
    const a = totalsOf(server);

    // Second run, nothing changed: the content-hash cache leaves nothing to send.
    server.resetCounts();
    const unchanged = mailbox.filter((item) => !analysed.has(item.contentHash));
    await aiTriage(llm, unchanged, heuristics, ctx);
    const second = { sent: unchanged.length, ...totalsOf(server) };

    // Third run, some unsure messages edited: only those go out again.
    server.resetCounts();
    const changedIds = new Set(unsure.slice(0, Math.ceil(size / 20)).map((item) => item.id));
    const third = mailbox
      .map((item) => (changedIds.has(item.id) ? edited(item) : item))
      .filter((item) => !analysed.has(item.contentHash));
    await aiTriage(llm, third, heuristics, ctx);
    const thirdRun = { sent: third.length, edited: changedIds.size, ...totalsOf(server) };

    // (b) naive: every message, one call each, full body.
    server.resetCounts();
    const naiveUsage = new Map<string, LlmUsage>();
    await inPool(mailbox, 8, async (item) => {
      naiveUsage.set(item.id, await naiveTriage(llm, item));
    });
    const unsureTokens = unsure.reduce((sum, item) => {
      const usage = naiveUsage.get(item.id);
      return sum + (usage ? usage.promptTokens + usage.completionTokens : 0);
    }, 0);

    const bodyChars = mailbox.map((item) => item.bodyText.length).sort((x, y) => x - y);
    return {
      mailboxSize: size,
      medianBodyChars: bodyChars[Math.floor(bodyChars.length / 2)] ?? 0,
      maxBodyChars: bodyChars.at(-1) ?? 0,
      unsure: unsure.length,
      batched: { ...a, answered: batched.results.size, notes: batched.notes.length },
      naive: { ...totalsOf(server), unsureTokens },
      secondRun: second,
      thirdRun,
    };
  } finally {
    await server.close();
  }
}

const perMessage = (tokens: number, messages: number) => (messages === 0 ? 0 : tokens / messages);
const fmt = (n: number) => n.toFixed(1);
const tokensOf = (t: Totals) => t.promptTokens + t.completionTokens;

export async function run(): Promise<BenchResult> {
  const m = await measureLlmCost();
  const { batched: a, naive: b, unsure } = m;
  const aPerSent = perMessage(tokensOf(a), unsure);
  const lines = [
    `Mailbox: ${m.mailboxSize} generated messages (seeded mix: newsletters, notifications, receipts, social, work threads with quoted history, invitations, personal, bills, travel, phishing); body length median ${m.medianBodyChars} chars, max ${m.maxBodyChars}.`,
    `Heuristics (src/agents/triage/heuristic-triage.ts) were certain for ${m.mailboxSize - unsure}; ${unsure} unsure messages go to the LLM.`,
    'Tokens counted by the fake server with cl100k_base (gpt-tokenizer), chat overhead and the JSON schema included.',
    '',
    `(a) batched aiTriage (${defaultTriageBatchSize} per call, condensed ~600-char bodies): ${a.calls} calls, ${a.promptTokens} prompt + ${a.completionTokens} completion tokens.`,
    `    per message sent: ${fmt(perMessage(a.promptTokens, unsure))} prompt + ${fmt(perMessage(a.completionTokens, unsure))} completion = ${fmt(aPerSent)} tokens (target <= ${targetTokensPerMessage}: ${aPerSent <= targetTokensPerMessage ? 'met' : 'NOT met'}); over the whole mailbox: ${fmt(perMessage(tokensOf(a), m.mailboxSize))}.`,
    `    answered validly: ${a.answered}/${unsure}; notes: ${a.notes}.`,
    `(b) naive, one call per message with the full body: ${b.calls} calls, ${b.promptTokens} prompt + ${b.completionTokens} completion tokens.`,
    `    per message: ${fmt(perMessage(b.promptTokens, m.mailboxSize))} prompt + ${fmt(perMessage(b.completionTokens, m.mailboxSize))} completion = ${fmt(perMessage(tokensOf(b), m.mailboxSize))} tokens; on the same ${unsure} unsure messages: ${fmt(perMessage(b.unsureTokens, unsure))} per message.`,
    `    (a) spends ${fmt(b.unsureTokens / Math.max(1, tokensOf(a)))}x fewer tokens than (b) on the same messages, ${fmt(tokensOf(b) / Math.max(1, tokensOf(a)))}x fewer than (b) on the whole mailbox.`,
    '',
    `Second run, unchanged mail skipped by content hash: ${m.secondRun.sent} messages sent, ${m.secondRun.calls} calls, ${tokensOf(m.secondRun)} tokens.`,
    `Third run, ${m.thirdRun.edited} unsure messages edited: ${m.thirdRun.sent} sent, ${m.thirdRun.calls} calls, ${tokensOf(m.thirdRun)} tokens.`,
  ];
  return { name: 'LLM cost of triage (tokens per message)', lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await run();
  console.log(`# ${result.name}\n${result.lines.join('\n')}`);
}
