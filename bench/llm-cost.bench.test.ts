import { describe, expect, it } from 'vitest';
import { measureLlmCost } from './llm-cost.bench.js';

describe('LLM cost benchmark', () => {
  it('keeps batched triage under 400 tokens per message and sends nothing for unchanged mail', async () => {
    const m = await measureLlmCost(120);
    expect(m.unsure).toBeGreaterThan(20);
    expect(m.batched.calls).toBe(Math.ceil(m.unsure / 10));
    expect(m.batched.answered).toBe(m.unsure);
    const batchedPerMessage = (m.batched.promptTokens + m.batched.completionTokens) / m.unsure;
    expect(batchedPerMessage).toBeLessThanOrEqual(400);
    expect(batchedPerMessage).toBeLessThan(m.naive.unsureTokens / m.unsure);
    expect(m.naive.calls).toBe(120);
    expect(m.secondRun).toEqual({ sent: 0, calls: 0, promptTokens: 0, completionTokens: 0 });
    expect(m.thirdRun.sent).toBe(m.thirdRun.edited);
    expect(m.thirdRun.calls).toBe(1);
  });
});
