import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

function breaker(threshold = 3) {
  const clock = { now: 0 };
  return {
    clock,
    breaker: new CircuitBreaker({ failureThreshold: threshold, coolDownMs: 60_000, now: () => clock.now }),
  };
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures only', () => {
    const { breaker: b } = breaker();
    b.recordFailure();
    b.recordFailure();
    b.recordSuccess();
    b.recordFailure();
    b.recordFailure();
    expect(b.state).toBe('closed');
    b.recordFailure();
    expect(b.state).toBe('open');
    expect(b.isAvailable()).toBe(false);
    expect(b.tryAcquire()).toBe(false);
  });

  it('allows one trial after the cool-down; success closes it', () => {
    const { breaker: b, clock } = breaker(1);
    b.recordFailure();
    clock.now = 59_999;
    expect(b.retryInMs()).toBe(1);
    expect(b.tryAcquire()).toBe(false);
    clock.now = 60_000;
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(true);
    expect(b.isAvailable()).toBe(false);
    expect(b.tryAcquire()).toBe(false);
    b.recordSuccess();
    expect(b.state).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
  });

  it('re-opens for a full cool-down when the trial fails', () => {
    const { breaker: b, clock } = breaker(3);
    for (let i = 0; i < 3; i++) b.recordFailure();
    clock.now = 60_000;
    expect(b.tryAcquire()).toBe(true);
    b.recordFailure();
    expect(b.state).toBe('open');
    expect(b.retryInMs()).toBe(60_000);
  });

  it('frees the trial on a neutral outcome without closing', () => {
    const { breaker: b, clock } = breaker(1);
    b.recordFailure();
    clock.now = 60_000;
    expect(b.tryAcquire()).toBe(true);
    b.recordNeutral();
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(true);
  });
});
