/**
 * A hand-written LlmClient for agent tests. The handler sees each request and
 * returns the raw value (validated here with the request's schema, as the
 * real client does) or throws an LLM error. Calls are recorded for asserts.
 */
import type { LlmClient, LlmJsonRequest, LlmJsonResponse } from '../../src/llm/llm-client.js';
import { LlmInvalidOutputError } from '../../src/llm/llm-errors.js';

export interface FakeLlmClient extends LlmClient {
  readonly requests: Array<LlmJsonRequest<unknown>>;
}

export function makeFakeLlm(
  handler: (request: LlmJsonRequest<unknown>) => unknown | Promise<unknown>,
  options: { available?: boolean; promptTokens?: number; completionTokens?: number } = {},
): FakeLlmClient {
  const requests: Array<LlmJsonRequest<unknown>> = [];
  return {
    model: 'fake-model',
    requests,
    isAvailable: () => options.available ?? true,
    async completeJson<T>(request: LlmJsonRequest<T>): Promise<LlmJsonResponse<T>> {
      requests.push(request as LlmJsonRequest<unknown>);
      const raw = await handler(request as LlmJsonRequest<unknown>);
      const parsed = request.schema.safeParse(raw);
      const usage = {
        promptTokens: options.promptTokens ?? 100,
        completionTokens: options.completionTokens ?? 20,
        calls: 1,
        latencyMs: 1,
      };
      if (!parsed.success) throw new LlmInvalidOutputError(`fake answer failed validation`, { usage });
      return { value: parsed.data, usage };
    },
  };
}
