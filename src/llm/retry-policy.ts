/**
 * When to try an LLM request again and how long to wait first: exponential
 * backoff with jitter, a server's Retry-After honoured, and a cap on the total
 * wait so a slow provider cannot stall a run. It only computes delays; the
 * client decides what is retryable and does the waiting (through an injected
 * sleep, so tests never wait for real).
 */

export interface RetryPolicyOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Sum of all waits for one request; beyond it we give up rather than wait. */
  maxTotalWaitMs: number;
  /** 0 <= x < 1; injectable so tests get deterministic jitter. */
  random: () => number;
}

export const defaultRetryPolicy: RetryPolicyOptions = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalWaitMs: 20_000,
  random: Math.random,
};

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

export class RetryPolicy {
  readonly options: RetryPolicyOptions;

  constructor(options: Partial<RetryPolicyOptions> = {}) {
    this.options = { ...defaultRetryPolicy, ...options };
  }

  /**
   * `retriesSoFar` is how many retries already happened, `waitedMs` the sum of
   * their delays. A Retry-After longer than what is left of the budget ends the
   * request at once: waiting part of it would only earn another 429.
   */
  decide(retriesSoFar: number, waitedMs: number, retryAfterMs: number | undefined): RetryDecision {
    const { maxRetries, baseDelayMs, maxDelayMs, maxTotalWaitMs, random } = this.options;
    if (retriesSoFar >= maxRetries) return { retry: false, reason: `gave up after ${retriesSoFar} retries` };
    const left = maxTotalWaitMs - waitedMs;
    if (retryAfterMs !== undefined) {
      if (retryAfterMs > left) {
        return {
          retry: false,
          reason: `server asked to wait ${retryAfterMs} ms, more than the ${left} ms left`,
        };
      }
      return { retry: true, delayMs: retryAfterMs };
    }
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retriesSoFar);
    // "Equal jitter": at least half the backoff, so retries never bunch up at zero.
    const delayMs = Math.round(ceiling / 2 + (random() * ceiling) / 2);
    if (delayMs > left) return { retry: false, reason: `retry budget of ${maxTotalWaitMs} ms used up` };
    return { retry: true, delayMs };
  }
}

/**
 * Reads `retry-after-ms` (OpenAI's extension) or `retry-after` (seconds or an
 * HTTP date). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Real waiting, cut short by the signal. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
