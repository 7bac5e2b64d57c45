/**
 * The one way agents reach a language model. Implementations validate every
 * answer against the caller's zod schema; callers never see unvalidated text.
 */
import type { z } from 'zod';

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  calls: number;
  latencyMs: number;
}

export interface LlmJsonRequest<T> {
  /** Agent name, for logs and usage accounting. */
  agent: string;
  system: string;
  /** Untrusted mail text must already be fenced as data (see fenceUntrusted). */
  user: string;
  schema: z.ZodType<T>;
  /** A short name of the schema for structured-output servers. */
  schemaName: string;
  /**
   * The JSON Schema sent to structured-output servers, when it should be
   * stricter than `schema` (e.g. `schema` accepts any array element so that one
   * bad element does not void a batch). Defaults to `schema` as JSON Schema.
   */
  jsonSchema?: Record<string, unknown>;
  maxTokens?: number;
  temperature?: number;
  /** Cancels the request (and any retry wait), e.g. on shutdown. */
  signal?: AbortSignal;
}

export interface LlmJsonResponse<T> {
  value: T;
  usage: LlmUsage;
}

export interface LlmClient {
  readonly model: string;
  /** False while the circuit breaker is open: callers use their heuristics. */
  isAvailable(): boolean;
  /**
   * Asks for JSON matching `schema`. An invalid answer is retried once with the
   * validation error; then LlmInvalidOutputError. Network, timeout, 429/5xx
   * after bounded retries, or an open circuit: LlmUnavailableError.
   */
  completeJson<T>(request: LlmJsonRequest<T>): Promise<LlmJsonResponse<T>>;
}
