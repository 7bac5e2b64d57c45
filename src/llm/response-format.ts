/**
 * How we ask a server for JSON, strongest first. Many OpenAI-compatible
 * servers accept `json_schema`; some only `json_object`; some reject
 * `response_format` outright with a 400, and then the schema goes into the
 * prompt and the answer is dug out of the text (see parse-json-answer.ts).
 */
import type OpenAI from 'openai';
import { z } from 'zod';

export const responseFormatModes = ['json_schema', 'json_object', 'prompt'] as const;
export type ResponseFormatMode = (typeof responseFormatModes)[number];

export function weakerMode(mode: ResponseFormatMode): ResponseFormatMode | undefined {
  const index = responseFormatModes.indexOf(mode);
  return responseFormatModes[index + 1];
}

export function isWeaker(a: ResponseFormatMode, b: ResponseFormatMode): boolean {
  return responseFormatModes.indexOf(a) > responseFormatModes.indexOf(b);
}

const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown> | null>();

/**
 * The JSON Schema of what the model must write (the schema's input side:
 * transforms and catches apply after). Null when zod cannot express it.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> | null {
  const cached = jsonSchemas.get(schema);
  if (cached !== undefined) return cached;
  let result: Record<string, unknown> | null;
  try {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    result = rest;
  } catch {
    result = null;
  }
  jsonSchemas.set(schema, result);
  return result;
}

/** Structured-output names must match ^[a-zA-Z0-9_-]{1,64}$. */
function safeName(name: string): string {
  return name.replaceAll(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64) || 'answer';
}

export function responseFormatFor(
  mode: ResponseFormatMode,
  jsonSchema: Record<string, unknown> | null,
  schemaName: string,
): OpenAI.Chat.Completions.ChatCompletionCreateParams['response_format'] {
  if (mode === 'prompt') return undefined;
  if (mode === 'json_object' || jsonSchema === null) return { type: 'json_object' };
  return { type: 'json_schema', json_schema: { name: safeName(schemaName), schema: jsonSchema } };
}

/**
 * Without a schema-enforcing server the model only knows the shape from the
 * prompt. json_object mode also requires the word "JSON" in the messages.
 */
export function systemPromptFor(
  mode: ResponseFormatMode,
  system: string,
  jsonSchema: Record<string, unknown> | null,
): string {
  if (mode === 'json_schema' && jsonSchema !== null) return system;
  const shape = jsonSchema === null ? '' : ` It must match this JSON Schema: ${JSON.stringify(jsonSchema)}`;
  return `${system}\n\nReply with one JSON value only, no prose and no code fences.${shape}`;
}
