/**
 * LlmClient over any OpenAI-compatible chat-completions endpoint (NVIDIA NIM
 * by default), through the `openai` SDK with its own retries turned off so
 * that ours (retry-policy.ts) and the circuit breaker see every failure.
 *
 * What it does: per-attempt timeouts, bounded retries honouring Retry-After,
 * structured output with fallback to weaker modes when the server refuses it,
 * zod validation with one repair round, usage and latency per answer.
 * What it does not: streaming, tools, caching (the orchestrator caches by
 * content hash), or logging prompts and answers above trace level.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources';
import type { Logger } from '../logging/logger.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
import { classifyLlmFailure } from './classify-llm-failure.js';
import type { LlmClient, LlmJsonRequest, LlmJsonResponse, LlmUsage } from './llm-client.js';
import { LlmInvalidOutputError, LlmUnavailableError } from './llm-errors.js';
import { parseJsonAnswer } from './parse-json-answer.js';
import {
  isWeaker,
  jsonSchemaOf,
  type ResponseFormatMode,
  responseFormatFor,
  systemPromptFor,
} from './response-format.js';
import { RetryPolicy, type RetryPolicyOptions, realSleep, type Sleep } from './retry-policy.js';

export interface OpenAiLlmClientOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  logger: Logger;
  retry?: Partial<Omit<RetryPolicyOptions, 'maxRetries'>>;
  breaker?: Partial<CircuitBreakerOptions>;
  /** Injectable so tests do not wait through backoff for real. */
  sleep?: Sleep;
  /** The first mode to try; the client steps down on its own when refused. */
  responseFormat?: ResponseFormatMode;
}

/** A send that ended without an answer; `outage` feeds the circuit breaker. */
class SendFailure extends Error {
  constructor(
    message: string,
    readonly outage: boolean,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export class OpenAiLlmClient implements LlmClient {
  readonly model: string;
  private readonly openai: OpenAI;
  private readonly breaker: CircuitBreaker;
  private readonly retry: RetryPolicy;
  private readonly sleep: Sleep;
  private readonly timeoutMs: number;
  private readonly logger: Logger;
  private formatMode: ResponseFormatMode;

  constructor(options: OpenAiLlmClientOptions) {
    this.model = options.model;
    this.timeoutMs = options.timeoutMs;
    this.logger = options.logger.child({ component: 'llm', model: options.model });
    this.breaker = new CircuitBreaker(options.breaker);
    this.retry = new RetryPolicy({ ...options.retry, maxRetries: options.maxRetries });
    this.sleep = options.sleep ?? realSleep;
    this.formatMode = options.responseFormat ?? 'json_schema';
    this.openai = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl,
      maxRetries: 0,
      timeout: options.timeoutMs,
      // The SDK's own logger could print request details; ours decides what is logged.
      logLevel: 'off',
    });
  }

  isAvailable(): boolean {
    return this.breaker.isAvailable();
  }

  /** The response_format mode the server accepted last (for diagnostics and tests). */
  get responseFormatMode(): ResponseFormatMode {
    return this.formatMode;
  }

  async completeJson<T>(request: LlmJsonRequest<T>): Promise<LlmJsonResponse<T>> {
    const started = performance.now();
    const usage: LlmUsage = { promptTokens: 0, completionTokens: 0, calls: 0, latencyMs: 0 };
    const finish = (): LlmUsage => ({ ...usage, latencyMs: Math.round(performance.now() - started) });
    const log = this.logger.child({ agent: request.agent });

    if (!this.breaker.tryAcquire()) {
      const seconds = Math.ceil(this.breaker.retryInMs() / 1000);
      throw new LlmUnavailableError(`circuit open after repeated failures; next trial in ${seconds} s`, {
        usage: finish(),
      });
    }

    const conversation: ChatCompletionMessageParam[] = [{ role: 'user', content: request.user }];
    try {
      for (let answerNo = 1; ; answerNo++) {
        const text = await this.send(request, conversation, usage, log);
        const parsed = parseJsonAnswer(text, request.schema);
        if (parsed.ok) {
          this.breaker.recordSuccess();
          return { value: parsed.value, usage: finish() };
        }
        log.debug({ answerNo, problem: parsed.error }, 'LLM answer failed validation');
        if (answerNo >= 2) {
          // The provider answered: a bad answer is not an outage.
          this.breaker.recordSuccess();
          throw new LlmInvalidOutputError(`invalid answer after one repair: ${parsed.error}`, {
            usage: finish(),
          });
        }
        conversation.push(
          { role: 'assistant', content: text },
          { role: 'user', content: `${parsed.error} Reply again with only the corrected JSON.` },
        );
      }
    } catch (error) {
      if (error instanceof LlmInvalidOutputError) throw error;
      if (error instanceof SendFailure) {
        if (error.outage) this.breaker.recordFailure();
        else this.breaker.recordNeutral();
        log.warn({ reason: error.message, calls: usage.calls }, 'LLM unavailable');
        throw new LlmUnavailableError(`LLM unavailable: ${error.message}`, {
          cause: error.cause,
          usage: finish(),
        });
      }
      this.breaker.recordNeutral();
      throw new LlmUnavailableError('LLM request failed unexpectedly', { cause: error, usage: finish() });
    }
  }

  /** One answer's text, after format fallbacks and retries. Adds to `usage`. */
  private async send<T>(
    request: LlmJsonRequest<T>,
    conversation: ChatCompletionMessageParam[],
    usage: LlmUsage,
    log: Logger,
  ): Promise<string> {
    let mode = this.formatMode;
    let retries = 0;
    let waitedMs = 0;
    for (;;) {
      if (request.signal?.aborted) throw new SendFailure('request cancelled by the caller', false);
      const body = this.buildBody(request, conversation, mode);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.timeoutMs);
      const cancel = () => controller.abort();
      request.signal?.addEventListener('abort', cancel, { once: true });
      const attemptStart = performance.now();
      try {
        const completion = await this.openai.chat.completions.create(body, {
          signal: controller.signal,
          maxRetries: 0,
        });
        const text = completion.choices[0]?.message?.content ?? '';
        const promptTokens = completion.usage?.prompt_tokens ?? estimateTokens(JSON.stringify(body.messages));
        const completionTokens = completion.usage?.completion_tokens ?? estimateTokens(text);
        usage.calls += 1;
        usage.promptTokens += promptTokens;
        usage.completionTokens += completionTokens;
        if (isWeaker(mode, this.formatMode)) {
          log.warn(
            { responseFormat: mode },
            'server refused a stronger response_format; using this one from now on',
          );
          this.formatMode = mode;
        }
        log.debug(
          {
            responseFormat: mode,
            ms: Math.round(performance.now() - attemptStart),
            promptTokens,
            completionTokens,
            finishReason: completion.choices[0]?.finish_reason,
            estimated: completion.usage === undefined,
          },
          'LLM answered',
        );
        log.trace({ messages: body.messages, answer: text }, 'LLM exchange');
        return text;
      } catch (error) {
        const failure = classifyLlmFailure(error, {
          timedOut,
          cancelled: request.signal?.aborted ?? false,
          timeoutMs: this.timeoutMs,
          formatInUse: body.response_format !== undefined,
        });
        log.debug(
          { responseFormat: mode, reason: failure.reason, ms: Math.round(performance.now() - attemptStart) },
          'LLM attempt failed',
        );
        if (failure.kind === 'format-rejected') {
          mode =
            mode === 'json_schema' && body.response_format?.type === 'json_schema' ? 'json_object' : 'prompt';
          continue;
        }
        if (failure.kind === 'fatal') throw new SendFailure(failure.reason, failure.outage, { cause: error });
        const decision = this.retry.decide(retries, waitedMs, failure.retryAfterMs);
        if (!decision.retry) {
          throw new SendFailure(`${failure.reason}; ${decision.reason}`, true, { cause: error });
        }
        retries += 1;
        waitedMs += decision.delayMs;
        log.debug({ retry: retries, delayMs: decision.delayMs }, 'retrying LLM request');
        try {
          await this.sleep(decision.delayMs, request.signal);
        } catch {
          throw new SendFailure('request cancelled by the caller', false);
        }
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', cancel);
      }
    }
  }

  private buildBody<T>(
    request: LlmJsonRequest<T>,
    conversation: ChatCompletionMessageParam[],
    mode: ResponseFormatMode,
  ): ChatCompletionCreateParamsNonStreaming {
    const jsonSchema = request.jsonSchema ?? jsonSchemaOf(request.schema);
    const responseFormat = responseFormatFor(mode, jsonSchema, request.schemaName);
    return {
      model: this.model,
      messages: [
        { role: 'system', content: systemPromptFor(mode, request.system, jsonSchema) },
        ...conversation,
      ],
      temperature: request.temperature ?? 0,
      max_tokens: request.maxTokens ?? 1024,
      ...(responseFormat === undefined ? {} : { response_format: responseFormat }),
    };
  }
}

/** Roughly four characters per token: only used when the server reports no usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
