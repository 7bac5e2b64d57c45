import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  countTokens,
  type FakeOpenAiServer,
  startFakeOpenAiServer,
  unreachableBaseUrl,
} from '../../test/fakes/fake-openai-server.js';
import { isAppError } from '../domain/errors.js';
import { silentLogger } from '../logging/logger.js';
import type { LlmJsonRequest } from './llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from './llm-errors.js';
import { OpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';

const answerSchema = z.object({
  category: z.enum(['work', 'personal']),
  importance: z.number().int().min(1),
});

const request: LlmJsonRequest<z.infer<typeof answerSchema>> = {
  agent: 'triage',
  system: 'Classify the message.',
  user: 'Subject: lunch?',
  schema: answerSchema,
  schemaName: 'triage answer',
};

let server: FakeOpenAiServer;
let sleeps: number[];
let clock: number;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  sleeps = [];
  clock = 1_000_000;
});
afterEach(async () => {
  await server.close();
});

function client(overrides: Partial<OpenAiLlmClientOptions> = {}): OpenAiLlmClient {
  return new OpenAiLlmClient({
    baseUrl: server.baseUrl,
    apiKey: 'sk-test-secret',
    model: 'test-model',
    timeoutMs: 2_000,
    maxRetries: 2,
    logger: silentLogger,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    breaker: { now: () => clock },
    retry: { random: () => 0.5 },
    ...overrides,
  });
}

describe('OpenAiLlmClient', () => {
  it('returns the validated answer with the usage the server reported', async () => {
    server.script({ json: { category: 'work', importance: 3 } });
    const answer = await client().completeJson(request);
    expect(answer.value).toEqual({ category: 'work', importance: 3 });
    expect(answer.usage.calls).toBe(1);
    expect(answer.usage.promptTokens).toBe(server.requests[0]?.promptTokens);
    expect(answer.usage.completionTokens).toBe(countTokens('{"category":"work","importance":3}'));
    expect(answer.usage.latencyMs).toBeGreaterThanOrEqual(0);

    const sent = server.requests[0]!;
    expect(sent.headers.authorization).toBe('Bearer sk-test-secret');
    expect(sent.model).toBe('test-model');
    expect(sent.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(sent.responseFormat?.type).toBe('json_schema');
    expect(sent.responseFormat?.json_schema?.name).toBe('triage_answer');
    expect(sent.responseFormat?.json_schema?.schema).toMatchObject({
      type: 'object',
      properties: { category: { enum: ['work', 'personal'] } },
    });
  });

  it('estimates usage when the server reports none', async () => {
    await server.close();
    server = await startFakeOpenAiServer({ omitUsage: true });
    server.script({ json: { category: 'work', importance: 3 } });
    const answer = await client().completeJson(request);
    expect(answer.usage.promptTokens).toBeGreaterThan(5);
    expect(answer.usage.completionTokens).toBe(Math.ceil('{"category":"work","importance":3}'.length / 4));
  });

  it('repairs invalid JSON once, sending the problem back', async () => {
    server.script({ text: 'Sure! The category is work.' }, { json: { category: 'personal', importance: 2 } });
    const answer = await client().completeJson(request);
    expect(answer.value).toEqual({ category: 'personal', importance: 2 });
    expect(answer.usage.calls).toBe(2);
    const repair = server.requests[1]!.messages;
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2]?.content).toBe('Sure! The category is work.');
    expect(repair[3]?.content).toMatch(/did not contain a valid JSON/);
  });

  it('accepts JSON wrapped in prose and code fences without a repair', async () => {
    server.script({ text: 'Here you go:\n```json\n{"category":"work","importance":4}\n```\nAnything else?' });
    const answer = await client().completeJson(request);
    expect(answer.value).toEqual({ category: 'work', importance: 4 });
    expect(server.requests).toHaveLength(1);
  });

  it('throws LlmInvalidOutputError when the repaired answer still violates the schema', async () => {
    server.script(
      { json: { category: 'urgent', importance: 3 } },
      { json: { category: 'work', importance: 0 } },
    );
    const llm = client();
    const error = await llm.completeJson(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmInvalidOutputError);
    expect(isAppError(error, 'LLM_INVALID_OUTPUT')).toBe(true);
    expect((error as LlmInvalidOutputError).message).toMatch(/importance/);
    expect((error as LlmInvalidOutputError).usage?.calls).toBe(2);
    expect(server.requests[1]?.messages[3]?.content).toMatch(/category: Invalid option/);
    // A wrong answer is not an outage.
    expect(llm.isAvailable()).toBe(true);
  });

  it('waits as Retry-After says after a 429, then succeeds', async () => {
    server.script(
      { status: 429, headers: { 'retry-after': '3' } },
      { json: { category: 'work', importance: 1 } },
    );
    const answer = await client().completeJson(request);
    expect(answer.value.category).toBe('work');
    expect(sleeps).toEqual([3000]);
  });

  it('gives up at once when Retry-After exceeds the wait budget', async () => {
    server.script({ status: 429, headers: { 'retry-after': '600' } });
    const error = await client()
      .completeJson(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(/HTTP 429.*wait 600000 ms/);
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('retries 500s with growing backoff, then throws LlmUnavailableError', async () => {
    server.script({ status: 500 }, { status: 502 }, { status: 503 });
    const error = await client()
      .completeJson(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect(isAppError(error, 'LLM_UNAVAILABLE')).toBe(true);
    expect((error as LlmUnavailableError).userMessage).toBe('AI unavailable, using basic rules.');
    expect((error as Error).message).toMatch(/HTTP 503; gave up after 2 retries/);
    expect(server.requests).toHaveLength(3);
    // Equal jitter with random() = 0.5: 3/4 of 500 ms, then of 1000 ms.
    expect(sleeps).toEqual([375, 750]);
  });

  it('times out a hanging request', async () => {
    server.script({ hang: true }, { hang: true });
    const error = await client({ timeoutMs: 150, maxRetries: 1 })
      .completeJson(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(/no answer within 150 ms; gave up after 1 retries/);
    expect(server.requests).toHaveLength(2);
  });

  it('reports a server that is down (connection refused)', async () => {
    const error = await client({ baseUrl: await unreachableBaseUrl(), maxRetries: 1 })
      .completeJson(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(/network error \(ECONNREFUSED\)/);
    expect(sleeps).toHaveLength(1);
  });

  it('does not retry a refused API key, and never puts it in the error', async () => {
    server.script({ status: 401, message: 'bad key' });
    const error = await client()
      .completeJson(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(/API key was refused/);
    expect(JSON.stringify(error)).not.toContain('sk-test-secret');
    expect(server.requests).toHaveLength(1);
  });

  it('opens the circuit after three outages, then lets one trial through after the cool-down', async () => {
    const llm = client({ maxRetries: 0 });
    server.script({ status: 500 }, { status: 500 }, { status: 500 });
    for (let i = 0; i < 3; i++) await expect(llm.completeJson(request)).rejects.toThrow(LlmUnavailableError);
    expect(llm.isAvailable()).toBe(false);

    // Open: no request reaches the server.
    await expect(llm.completeJson(request)).rejects.toThrow(/circuit open/);
    expect(server.requests).toHaveLength(3);

    // Half-open after the cool-down: a failed trial opens it again.
    clock += 60_000;
    expect(llm.isAvailable()).toBe(true);
    server.script({ status: 503 });
    await expect(llm.completeJson(request)).rejects.toThrow(/HTTP 503/);
    expect(llm.isAvailable()).toBe(false);

    clock += 60_000;
    server.script({ json: { category: 'work', importance: 2 } });
    await expect(llm.completeJson(request)).resolves.toMatchObject({ value: { category: 'work' } });
    expect(llm.isAvailable()).toBe(true);
    expect(server.requests).toHaveLength(5);
  });

  it('lets only one trial through while half-open', async () => {
    const llm = client({ maxRetries: 0, timeoutMs: 5_000 });
    server.script({ status: 500 }, { status: 500 }, { status: 500 });
    for (let i = 0; i < 3; i++) await expect(llm.completeJson(request)).rejects.toThrow();
    clock += 60_000;
    let release: (() => void) | undefined;
    server.setResponder(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ json: { category: 'work', importance: 2 } });
        }),
    );
    const trial = llm.completeJson(request);
    await waitUntil(() => server.requests.length === 4);
    await expect(llm.completeJson(request)).rejects.toThrow(/circuit open/);
    release?.();
    await expect(trial).resolves.toBeDefined();
    expect(llm.isAvailable()).toBe(true);
  });

  it('falls back to json_object, then to the prompt, when the server rejects response_format', async () => {
    await server.close();
    server = await startFakeOpenAiServer({ rejectResponseFormats: ['json_schema', 'json_object'] });
    server.script(
      { text: 'Classification:\n```json\n{"category":"personal","importance":5}\n```' },
      { json: { category: 'work', importance: 1 } },
    );
    const llm = client();
    const first = await llm.completeJson(request);
    expect(first.value).toEqual({ category: 'personal', importance: 5 });
    expect(server.requests.map((r) => r.responseFormat?.type ?? 'none')).toEqual([
      'json_schema',
      'json_object',
      'none',
    ]);
    // Without enforcement the schema travels in the prompt.
    expect(server.requests[2]?.messages[0]?.content).toMatch(/JSON Schema: \{.*"personal"/);
    expect(llm.responseFormatMode).toBe('prompt');
    expect(sleeps).toEqual([]);

    // The client remembers: the next call goes straight to the mode that worked.
    await llm.completeJson(request);
    expect(server.requests).toHaveLength(4);
    expect(server.requests[3]?.responseFormat).toBeUndefined();
  });

  it('stops at json_object when the server accepts it', async () => {
    await server.close();
    server = await startFakeOpenAiServer({ rejectResponseFormats: ['json_schema'] });
    server.script({ json: { category: 'work', importance: 1 } });
    const llm = client();
    await llm.completeJson(request);
    expect(llm.responseFormatMode).toBe('json_object');
    expect(server.requests[1]?.messages[0]?.content).toMatch(/Reply with one JSON value only/);
  });

  it('sends the stricter jsonSchema when the request gives one', async () => {
    server.script({ json: { items: [1, 'x'] } });
    const strict = { type: 'object', properties: { items: { type: 'array', items: { type: 'integer' } } } };
    const answer = await client().completeJson({
      ...request,
      schema: z.object({ items: z.array(z.unknown()) }),
      jsonSchema: strict,
    });
    expect(answer.value.items).toEqual([1, 'x']);
    expect(server.requests[0]?.responseFormat?.json_schema?.schema).toEqual(strict);
  });

  it('logs no prompt, answer or key below trace level', async () => {
    const lines: string[] = [];
    const sink = { write: (line: string) => lines.push(line) };
    server.script({ text: 'nonsense' }, { json: { category: 'work', importance: 2 } }, { status: 500 });
    const debugLlm = client({ logger: pino({ level: 'debug' }, sink), maxRetries: 0 });
    await debugLlm.completeJson({ ...request, user: 'Subject: SECRET-SUBJECT' });
    await debugLlm.completeJson(request).catch(() => undefined);
    const debugLog = lines.join('');
    expect(debugLog).toContain('LLM answered');
    expect(debugLog).toContain('LLM unavailable');
    expect(debugLog).not.toContain('SECRET-SUBJECT');
    expect(debugLog).not.toContain('nonsense');
    expect(debugLog).not.toContain('sk-test-secret');

    lines.length = 0;
    server.script({ json: { category: 'work', importance: 2 } });
    await client({ logger: pino({ level: 'trace' }, sink) }).completeJson({
      ...request,
      user: 'SECRET-SUBJECT',
    });
    expect(lines.join('')).toContain('SECRET-SUBJECT');
    expect(lines.join('')).not.toContain('sk-test-secret');
  });

  it('stops when the caller cancels', async () => {
    server.script({ hang: true });
    const controller = new AbortController();
    const pending = client().completeJson({ ...request, signal: controller.signal });
    await waitUntil(() => server.requests.length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow(/cancelled/);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('condition not met');
}
