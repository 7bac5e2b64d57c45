/**
 * The LLM client the configuration asks for, or undefined without an API key:
 * then every agent runs on its heuristics (the caller says so once at start-up).
 */
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { LlmClient } from './llm-client.js';
import { OpenAiLlmClient, type OpenAiLlmClientOptions } from './openai-llm-client.js';

export function createLlmClient(deps: {
  config: Pick<Config, 'llm'>;
  logger: Logger;
  /** Test seams (sleep, breaker clock); production uses the defaults. */
  overrides?: Partial<Pick<OpenAiLlmClientOptions, 'sleep' | 'breaker' | 'retry' | 'responseFormat'>>;
}): LlmClient | undefined {
  const { llm } = deps.config;
  if (llm.apiKey === undefined || llm.apiKey.trim() === '') return undefined;
  return new OpenAiLlmClient({
    baseUrl: llm.baseUrl,
    apiKey: llm.apiKey,
    model: llm.model,
    timeoutMs: llm.timeoutMs,
    maxRetries: llm.maxRetries,
    logger: deps.logger,
    ...deps.overrides,
  });
}
