/**
 * Sorts what went wrong with one HTTP attempt into what the client should do
 * next. Messages name the status or network condition, never the prompt.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { parseRetryAfter } from './retry-policy.js';

export type LlmFailure =
  /** The server refused `response_format`: try a weaker mode at once. */
  | { kind: 'format-rejected'; reason: string }
  /** Worth another attempt after a wait (429, 5xx, network, timeout). */
  | { kind: 'retryable'; reason: string; retryAfterMs: number | undefined }
  /**
   * No point retrying. `outage` says whether it speaks of the provider
   * (bad key, wrong URL) and so feeds the circuit breaker, or only of this
   * request (cancelled, a 400 for this prompt).
   */
  | { kind: 'fatal'; reason: string; outage: boolean };

export function classifyLlmFailure(
  error: unknown,
  context: { timedOut: boolean; cancelled: boolean; timeoutMs: number; formatInUse: boolean },
): LlmFailure {
  if (context.cancelled) return { kind: 'fatal', reason: 'request cancelled by the caller', outage: false };
  if (context.timedOut || error instanceof APIConnectionTimeoutError) {
    return { kind: 'retryable', reason: `no answer within ${context.timeoutMs} ms`, retryAfterMs: undefined };
  }
  if (error instanceof APIUserAbortError) {
    return { kind: 'fatal', reason: 'request aborted', outage: false };
  }
  if (error instanceof APIConnectionError) {
    return { kind: 'retryable', reason: `network error (${networkCode(error)})`, retryAfterMs: undefined };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 429 || status === 408 || status === 409 || status >= 500) {
      return { kind: 'retryable', reason: `HTTP ${status}`, retryAfterMs: parseRetryAfter(error.headers) };
    }
    if ((status === 400 || status === 422) && context.formatInUse) {
      return { kind: 'format-rejected', reason: `HTTP ${status}` };
    }
    if (status === 401 || status === 403) {
      return { kind: 'fatal', reason: `HTTP ${status}: the API key was refused`, outage: true };
    }
    if (status === 404) {
      return { kind: 'fatal', reason: 'HTTP 404: check LLM_BASE_URL and LLM_MODEL', outage: true };
    }
    return { kind: 'fatal', reason: `HTTP ${status}`, outage: false };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { kind: 'fatal', reason: `unexpected ${name}`, outage: false };
}

function networkCode(error: APIConnectionError): string {
  let cause: unknown = error.cause;
  // fetch wraps the socket error: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }).
  for (let depth = 0; depth < 4 && cause !== undefined && cause !== null; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'connection failed';
}
