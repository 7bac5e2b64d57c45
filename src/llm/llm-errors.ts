import { AppError } from '../domain/errors.js';
import type { LlmUsage } from './llm-client.js';

export class LlmUnavailableError extends AppError {
  readonly usage: LlmUsage | undefined;
  constructor(message: string, options: { cause?: unknown; usage?: LlmUsage } = {}) {
    super('LLM_UNAVAILABLE', message, {
      userMessage: 'AI unavailable, using basic rules.',
      cause: options.cause,
    });
    this.usage = options.usage;
  }
}

export class LlmInvalidOutputError extends AppError {
  readonly usage: LlmUsage | undefined;
  constructor(message: string, options: { cause?: unknown; usage?: LlmUsage } = {}) {
    super('LLM_INVALID_OUTPUT', message, { cause: options.cause });
    this.usage = options.usage;
  }
}
