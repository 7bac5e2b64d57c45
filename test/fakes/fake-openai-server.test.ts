import { afterEach, describe, expect, it } from 'vitest';
import {
  countTokens,
  type FakeOpenAiServer,
  startFakeOpenAiServer,
  unreachableBaseUrl,
} from './fake-openai-server.js';

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface CompletionJson {
  choices: Array<{ message: { content: string } }>;
  usage?: { prompt_tokens: number; completion_tokens: number };
  error?: { message: string };
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as CompletionJson,
  };
}

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'test-model',
  messages: [
    { role: 'system', content: 'You classify mail.' },
    { role: 'user', content },
  ],
  ...extra,
});

describe('fake OpenAI server', () => {
  it('answers scripted replies in order, then asks the responder, and records requests', async () => {
    server = await startFakeOpenAiServer({ responder: () => ({ text: 'from responder' }) });
    server.script({ json: { a: 1 } }, { text: 'not json' });
    const first = await post(`${server.baseUrl}/chat/completions`, chat('one'));
    const second = await post(`${server.baseUrl}/chat/completions`, chat('two'));
    const third = await post(`${server.baseUrl}/chat/completions`, chat('three'));
    expect(first.json.choices[0]?.message.content).toBe('{"a":1}');
    expect(second.json.choices[0]?.message.content).toBe('not json');
    expect(third.json.choices[0]?.message.content).toBe('from responder');
    expect(server.requests.map((r) => r.messages[1]?.content)).toEqual(['one', 'two', 'three']);
  });

  it('counts tokens with the tokenizer and reports them as usage', async () => {
    server = await startFakeOpenAiServer();
    server.script({ text: 'The answer is forty-two.' });
    const { json } = await post(`${server.baseUrl}/chat/completions`, chat('What is the answer?'));
    const expectedPrompt =
      3 + (3 + countTokens('You classify mail.')) + (3 + countTokens('What is the answer?'));
    expect(json.usage?.prompt_tokens).toBe(expectedPrompt);
    expect(json.usage?.completion_tokens).toBe(countTokens('The answer is forty-two.'));
    expect(countTokens('The answer is forty-two.')).toBeGreaterThan(3);
    expect(server.totals).toEqual({
      completions: 1,
      promptTokens: expectedPrompt,
      completionTokens: json.usage?.completion_tokens,
    });
  });

  it('adds the json_schema to the prompt count', async () => {
    server = await startFakeOpenAiServer();
    server.script({ json: {} }, { json: {} });
    const schema = { type: 'object', properties: { category: { type: 'string' } } };
    const plain = await post(`${server.baseUrl}/chat/completions`, chat('x'));
    const withSchema = await post(
      `${server.baseUrl}/chat/completions`,
      chat('x', { response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }),
    );
    expect((withSchema.json.usage?.prompt_tokens ?? 0) - (plain.json.usage?.prompt_tokens ?? 0)).toBe(
      countTokens(JSON.stringify(schema)),
    );
  });

  it('serves any base path, and rejects response_format types it is told to', async () => {
    server = await startFakeOpenAiServer({ rejectResponseFormats: ['json_schema'] });
    server.script({ json: { ok: true } });
    const origin = server.baseUrl.replace(/\/v1$/, '');
    const rejected = await post(
      `${origin}/some/base/chat/completions`,
      chat('x', { response_format: { type: 'json_schema', json_schema: { name: 's', schema: {} } } }),
    );
    expect(rejected.status).toBe(400);
    expect(rejected.json.error?.message).toMatch(/json_schema is not supported/);
    const accepted = await post(
      `${origin}/some/base/chat/completions`,
      chat('x', { response_format: { type: 'json_object' } }),
    );
    expect(accepted.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('sends error statuses with headers, and 418 when nothing is scripted', async () => {
    server = await startFakeOpenAiServer();
    server.script({ status: 429, headers: { 'retry-after': '2' } });
    const limited = await post(`${server.baseUrl}/chat/completions`, chat('x'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    const empty = await post(`${server.baseUrl}/chat/completions`, chat('x'));
    expect(empty.status).toBe(418);
    expect(server.totals.completions).toBe(0);
  });

  it('can leave usage out', async () => {
    server = await startFakeOpenAiServer({ omitUsage: true });
    server.script({ json: {} });
    const { json } = await post(`${server.baseUrl}/chat/completions`, chat('x'));
    expect(json.usage).toBeUndefined();
  });

  it('gives a base URL that refuses connections', async () => {
    const url = await unreachableBaseUrl();
    await expect(fetch(`${url}/chat/completions`, { method: 'POST' })).rejects.toThrow();
  });
});
