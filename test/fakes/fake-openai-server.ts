/**
 * A local OpenAI-compatible chat-completions server for tests and benchmarks:
 * real HTTP, so the `openai` SDK and our client run unchanged. Each request
 * takes the next scripted reply, or asks the responder when the script is
 * empty. Every request is recorded, and tokens are counted with a real BPE
 * tokenizer (cl100k_base, close to Llama 3's, the default model) so reported
 * usage is honest rather than invented.
 *
 * It does not check the API key, stream, or enforce json_schema on answers:
 * the answers are whatever the script or responder says, valid or not.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';

export interface FakeChatMessage {
  role: string;
  content: string;
}

export interface FakeChatRequest {
  path: string;
  headers: IncomingHttpHeaders;
  model: string;
  messages: FakeChatMessage[];
  responseFormat: { type: string; json_schema?: { name: string; schema: unknown } } | undefined;
  maxTokens: number | undefined;
  /** What the request costs in prompt tokens, counted as the reply reports it. */
  promptTokens: number;
  /** The raw parsed body. */
  body: Record<string, unknown>;
}

export type FakeReply =
  /** 200 with this value serialised as the message content. */
  | { json: unknown }
  /** 200 with this exact content (invalid JSON, prose, code fences...). */
  | { text: string }
  /** An error status with an OpenAI-style error body. */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** Never answers; the client must time out. */
  | { hang: true }
  /** Closes the socket without an answer. */
  | { drop: true };

export type FakeResponder = (request: FakeChatRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAiServerOptions {
  responder?: FakeResponder;
  /** Answer 400 to these response_format types, like servers without structured output. */
  rejectResponseFormats?: Array<'json_schema' | 'json_object'>;
  /** Leave out the usage field, like some servers do. */
  omitUsage?: boolean;
}

export interface FakeOpenAiTotals {
  /** Requests answered with a completion (status 200). */
  completions: number;
  promptTokens: number;
  completionTokens: number;
}

export interface FakeOpenAiServer {
  /** e.g. http://127.0.0.1:51234/v1 */
  readonly baseUrl: string;
  readonly requests: FakeChatRequest[];
  readonly totals: FakeOpenAiTotals;
  /** Queues replies, used in order before the responder. */
  script(...replies: FakeReply[]): void;
  setResponder(responder: FakeResponder | undefined): void;
  resetCounts(): void;
  close(): Promise<void>;
}

/** Chat formatting overhead per message and for the reply primer (OpenAI's published counting rule). */
const tokensPerMessage = 3;
const replyPrimerTokens = 3;

export function countPromptTokens(
  messages: FakeChatMessage[],
  responseFormat: FakeChatRequest['responseFormat'],
): number {
  let total = replyPrimerTokens;
  for (const message of messages) total += tokensPerMessage + countTokens(message.content);
  // Providers that enforce a schema put it in the prompt (OpenAI bills it); count it to stay conservative.
  if (responseFormat?.json_schema) total += countTokens(JSON.stringify(responseFormat.json_schema.schema));
  return total;
}

export { countTokens };

export async function startFakeOpenAiServer(
  options: FakeOpenAiServerOptions = {},
): Promise<FakeOpenAiServer> {
  const queue: FakeReply[] = [];
  const requests: FakeChatRequest[] = [];
  const totals: FakeOpenAiTotals = { completions: 0, promptTokens: 0, completionTokens: 0 };
  let responder = options.responder;
  const rejected = new Set(options.rejectResponseFormats ?? []);

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const sendJson = (status: number, value: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(value));
        };
        const sendError = (status: number, message: string, headers?: Record<string, string>) =>
          sendJson(status, { error: { message, type: 'fake_error', code: status } }, headers);

        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
          sendError(404, `fake server: no route ${req.method} ${req.url}`);
          return;
        }
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          sendError(400, 'fake server: body is not JSON');
          return;
        }
        const messages = (Array.isArray(body.messages) ? body.messages : []).map((m) => ({
          role: String((m as { role?: unknown }).role),
          content: contentText((m as { content?: unknown }).content),
        }));
        const responseFormat = body.response_format as FakeChatRequest['responseFormat'];
        const request: FakeChatRequest = {
          path: req.url,
          headers: req.headers,
          model: String(body.model),
          messages,
          responseFormat,
          maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
          promptTokens: countPromptTokens(messages, responseFormat),
          body,
        };
        requests.push(request);

        const formatType = responseFormat?.type;
        if ((formatType === 'json_schema' || formatType === 'json_object') && rejected.has(formatType)) {
          sendError(400, `response_format type ${formatType} is not supported by this model`);
          return;
        }
        const reply = queue.shift() ?? (await responder?.(request));
        if (reply === undefined) {
          sendError(418, 'fake server: no scripted reply and no responder');
          return;
        }
        if ('hang' in reply) return; // the socket stays open until the client gives up
        if ('drop' in reply) {
          req.socket.destroy();
          return;
        }
        if ('status' in reply) {
          sendError(reply.status, reply.message ?? `fake status ${reply.status}`, reply.headers);
          return;
        }
        const content = 'json' in reply ? JSON.stringify(reply.json) : reply.text;
        const completionTokens = countTokens(content);
        totals.completions += 1;
        totals.promptTokens += request.promptTokens;
        totals.completionTokens += completionTokens;
        sendJson(200, {
          id: `chatcmpl-fake-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [
            { index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null },
          ],
          ...(options.omitUsage
            ? {}
            : {
                usage: {
                  prompt_tokens: request.promptTokens,
                  completion_tokens: completionTokens,
                  total_tokens: request.promptTokens + completionTokens,
                },
              }),
        });
      })().catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `fake server failed: ${String(error)}` } }));
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    totals,
    script: (...replies) => {
      queue.push(...replies);
    },
    setResponder: (next) => {
      responder = next;
    },
    resetCounts: () => {
      requests.length = 0;
      totals.completions = 0;
      totals.promptTokens = 0;
      totals.completionTokens = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A base URL where nothing listens, so connections are refused. */
export async function unreachableBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  }
  return '';
}
