import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { makeFakeLlm } from '../../../test/helpers/fake-llm-client.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import { LlmInvalidOutputError, LlmUnavailableError } from '../../llm/llm-errors.js';
import { aiTriage } from './ai-triage.js';
import { TriageAgent } from './triage-agent.js';

// aiTriage belongs to another module with its own tests; here it is replaced so the
// merge and fallback rules of the agent can be checked against known answers.
vi.mock('./ai-triage.js', () => ({ aiTriage: vi.fn() }));
const aiTriageMock = vi.mocked(aiTriage);

const newsletter = makeEmailItem({
  subject: 'This week in gardening',
  fromAddress: 'news@garden.example.net',
  headers: { 'list-unsubscribe': '<mailto:unsub@garden.example.net>' },
});
const question = makeEmailItem({
  subject: 'Quote',
  bodyText: 'Hi Ada,\n\nCould you send me a quote for 500 copies?\n\nGrace',
});
const fyi = makeEmailItem({ subject: 'Proofs', bodyText: 'The proofs are with the printer.\n\nGrace' });
const ownDraft = makeEmailItem({ subject: 'Draft', headers: { 'x-ops-center': 'proposal 42' } });
const items = [newsletter, question, fyi, ownDraft];

const llmSays: TriageResult = {
  category: 'work',
  importance: 4,
  needsReply: true,
  actionType: 'reply',
  reasons: ['a customer asks for a quote'],
  certain: true,
};

beforeEach(() => {
  aiTriageMock.mockReset();
});

describe('TriageAgent', () => {
  it('triages every mail by rules without a model and skips mail the assistant wrote', async () => {
    const result = await new TriageAgent().run(makeContext({ items }));
    expect(result.mode).toBe('heuristic');
    expect([...result.output.keys()]).toEqual([newsletter.id, question.id, fyi.id]);
    expect(result.output.get(newsletter.id)?.category).toBe('newsletter');
    expect(result.output.get(question.id)?.needsReply).toBe(true);
    expect(result.proposals).toEqual([]);
    expect(aiTriageMock).not.toHaveBeenCalled();
  });

  it('asks the model about uncertain mail only and lets its answers replace the rules', async () => {
    aiTriageMock.mockImplementation(async (_llm, sent) => ({
      results: new Map(sent.map((item) => [item.id, llmSays])),
      usage: { promptTokens: 300, completionTokens: 40, llmCalls: 1 },
      notes: [],
    }));
    const llm = makeFakeLlm(() => ({}));
    const context = makeContext({ items, llm, user: { timezone: 'America/New_York' } });
    const result = await new TriageAgent().run(context);

    const [, sent, heuristics, ctx] = aiTriageMock.mock.calls[0]!;
    expect(sent.map((i) => i.id)).toEqual([question.id, fyi.id]);
    expect([...heuristics.keys()]).toEqual([question.id, fyi.id]);
    expect(heuristics.get(question.id)?.certain).toBe(false);
    expect(ctx).toMatchObject({ timezone: 'America/New_York', now: context.now });

    expect(result.mode).toBe('llm');
    expect(result.usage).toEqual({ promptTokens: 300, completionTokens: 40, llmCalls: 1 });
    expect(result.output.get(question.id)).toEqual(llmSays);
    expect(result.output.get(fyi.id)).toEqual(llmSays);
    expect(result.output.get(newsletter.id)?.category).toBe('newsletter');
  });

  it('keeps the rules for mail the model did not answer, clamps its numbers and ignores unknown ids', async () => {
    aiTriageMock.mockResolvedValue({
      results: new Map([
        [question.id, { ...llmSays, importance: 9 }],
        [newsletter.id, llmSays],
        ['not-sent', llmSays],
      ]),
      usage: { promptTokens: 10, completionTokens: 5, llmCalls: 1 },
      notes: ['one answer failed validation'],
    });
    const result = await new TriageAgent().run(makeContext({ items, llm: makeFakeLlm(() => ({})) }));
    expect(result.mode).toBe('fallback');
    expect(result.output.get(question.id)?.importance).toBe(5);
    expect(result.output.get(fyi.id)?.reasons).not.toEqual(llmSays.reasons);
    expect(result.output.get(newsletter.id)?.category).toBe('newsletter');
    expect(result.output.has('not-sent')).toBe(false);
    expect(result.notes).toEqual([
      'one answer failed validation',
      '1 of 2 mails kept their rule-based triage',
    ]);
  });

  it.each([
    [
      'unavailable',
      new LlmUnavailableError('circuit open', {
        usage: { promptTokens: 0, completionTokens: 0, calls: 2, latencyMs: 5 },
      }),
    ],
    ['invalid output', new LlmInvalidOutputError('bad json')],
  ])('falls back to the rules when the model is %s', async (_label, error) => {
    aiTriageMock.mockRejectedValue(error);
    const result = await new TriageAgent().run(makeContext({ items, llm: makeFakeLlm(() => ({})) }));
    expect(result.mode).toBe('fallback');
    expect(result.output.get(question.id)?.needsReply).toBe(true);
    expect(result.output.size).toBe(3);
    expect(result.notes[0]).toMatch(/^AI triage unavailable \(LLM_(UNAVAILABLE|INVALID_OUTPUT)\): 2 mails/);
    if (error instanceof LlmUnavailableError) expect(result.usage.llmCalls).toBe(2);
  });

  it('does not call a model whose circuit is open', async () => {
    const result = await new TriageAgent().run(
      makeContext({ items, llm: makeFakeLlm(() => ({}), { available: false }) }),
    );
    expect(result.mode).toBe('heuristic');
    expect(aiTriageMock).not.toHaveBeenCalled();
  });

  it('lets errors that are not about the model through', async () => {
    aiTriageMock.mockRejectedValue(new TypeError('bug'));
    await expect(new TriageAgent().run(makeContext({ items, llm: makeFakeLlm(() => ({})) }))).rejects.toThrow(
      'bug',
    );
  });
});
