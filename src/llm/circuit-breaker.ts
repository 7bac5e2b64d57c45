/**
 * Stops calling a provider that keeps failing. After `failureThreshold`
 * consecutive outages the circuit opens: callers are told the LLM is
 * unavailable (and use their heuristics) without a request. After `coolDownMs`
 * it is half-open: exactly one trial request may go; its success closes the
 * circuit, its failure opens it for another cool-down.
 *
 * It does not decide what an outage is: the client reports outcomes. Invalid
 * model output is a success here, because the service answered.
 */

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
  /** Injectable clock (ms), for tests. */
  now: () => number;
}

export const defaultCircuitBreaker: CircuitBreakerOptions = {
  failureThreshold: 3,
  coolDownMs: 60_000,
  now: Date.now,
};

export class CircuitBreaker {
  private readonly options: CircuitBreakerOptions;
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(options: Partial<CircuitBreakerOptions> = {}) {
    this.options = { ...defaultCircuitBreaker, ...options };
  }

  get state(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    return this.options.now() - this.openedAt >= this.options.coolDownMs ? 'half-open' : 'open';
  }

  /** Whether a request could go now (a half-open circuit with its trial out says no). */
  isAvailable(): boolean {
    const state = this.state;
    return state === 'closed' || (state === 'half-open' && !this.trialInFlight);
  }

  /** Claims the right to send one request; every true must be followed by one record call. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    if (this.trialInFlight || this.openedAt !== undefined) {
      this.open();
      return;
    }
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.open();
  }

  /** The request ended in a way that says nothing about the provider (e.g. a 400 for this one prompt). */
  recordNeutral(): void {
    this.trialInFlight = false;
  }

  /** Milliseconds until a trial is allowed; 0 when closed or half-open. */
  retryInMs(): number {
    if (this.openedAt === undefined) return 0;
    return Math.max(0, this.openedAt + this.options.coolDownMs - this.options.now());
  }

  private open(): void {
    this.openedAt = this.options.now();
    this.trialInFlight = false;
    this.failures = 0;
  }
}
