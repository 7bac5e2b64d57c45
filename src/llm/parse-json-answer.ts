/**
 * Turns a model's text into a validated value. Servers without structured
 * output wrap JSON in prose or ```json fences, so after a plain JSON.parse we
 * look for a fenced block, then for the first balanced JSON value. Error texts
 * describe the problem without quoting the answer, so they are safe to log
 * and to send back to the model for a repair.
 */
import type { z } from 'zod';

export type JsonAnswer<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseJsonAnswer<T>(text: string, schema: z.ZodType<T>): JsonAnswer<T> {
  const json = extractJson(text);
  if (json === undefined) {
    return {
      ok: false,
      error:
        text.trim() === ''
          ? 'The answer was empty.'
          : 'The answer did not contain a valid JSON object or array.',
    };
  }
  const result = schema.safeParse(json.value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error.issues) };
}

/** The first JSON value found in the text, or undefined. */
export function extractJson(text: string): { value: unknown } | undefined {
  const trimmed = text.trim();
  const direct = tryParse(trimmed);
  if (direct) return direct;
  for (const match of trimmed.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) {
    const fenced = tryParse((match[1] ?? '').trim());
    if (fenced) return fenced;
  }
  for (let start = 0; start < trimmed.length; start++) {
    const ch = trimmed[start];
    if (ch !== '{' && ch !== '[') continue;
    const end = findBalancedEnd(trimmed, start);
    if (end === undefined) continue;
    const found = tryParse(trimmed.slice(start, end + 1));
    if (found) return found;
  }
  return undefined;
}

function tryParse(text: string): { value: unknown } | undefined {
  if (text === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Index of the bracket closing the one at `start`, skipping strings; undefined if unbalanced. */
function findBalancedEnd(text: string, start: number): number | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') stack.push('}');
    else if (ch === '[') stack.push(']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return undefined;
      if (stack.length === 0) return i;
    }
  }
  return undefined;
}

/** "items.2.category: Invalid option ..." for the first few issues. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return `The JSON did not match the schema: ${lines.join('; ')}${more}.`;
}
