import { describe, expect, it } from 'vitest';
import { parseRetryAfter, RetryPolicy, realSleep } from './retry-policy.js';

const headers = (values: Record<string, string>) => new Headers(values);

describe('RetryPolicy', () => {
  it('backs off exponentially with equal jitter, capped per delay', () => {
    const low = new RetryPolicy({ maxRetries: 10, random: () => 0, maxTotalWaitMs: 1e9 });
    const high = new RetryPolicy({ maxRetries: 10, random: () => 0.999999, maxTotalWaitMs: 1e9 });
    const delays = (policy: RetryPolicy) =>
      [0, 1, 2, 3, 4, 5].map((n) => {
        const decision = policy.decide(n, 0, undefined);
        return decision.retry ? decision.delayMs : -1;
      });
    expect(delays(low)).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(delays(high)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it('stops after maxRetries', () => {
    const policy = new RetryPolicy({ maxRetries: 2 });
    expect(policy.decide(1, 0, undefined).retry).toBe(true);
    expect(policy.decide(2, 0, undefined)).toEqual({ retry: false, reason: 'gave up after 2 retries' });
  });

  it('honours Retry-After within the budget and refuses beyond it', () => {
    const policy = new RetryPolicy({ maxRetries: 5, maxTotalWaitMs: 10_000 });
    expect(policy.decide(0, 0, 7_000)).toEqual({ retry: true, delayMs: 7_000 });
    expect(policy.decide(1, 7_000, 7_000).retry).toBe(false);
  });

  it('refuses a backoff that would exceed the total budget', () => {
    const policy = new RetryPolicy({ maxRetries: 5, maxTotalWaitMs: 1_000, random: () => 0.5 });
    expect(policy.decide(0, 900, undefined).retry).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, milliseconds and HTTP dates', () => {
    const now = Date.parse('2025-11-27T10:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '3' }), now)).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 27 Nov 2025 10:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({}), now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('realSleep', () => {
  it('rejects when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = realSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
