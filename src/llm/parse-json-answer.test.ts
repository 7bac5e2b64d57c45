import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractJson, parseJsonAnswer } from './parse-json-answer.js';

describe('extractJson', () => {
  it('finds JSON as is, in code fences, or inside prose', () => {
    expect(extractJson(' {"a":1} ')).toEqual({ value: { a: 1 } });
    expect(extractJson('```json\n[1,2]\n```')).toEqual({ value: [1, 2] });
    expect(extractJson('Result:\n```\n{"a":"}"}\n```')).toEqual({ value: { a: '}' } });
    expect(extractJson('The answer is {"a": {"b": "x]y"}} as asked. {"c":2}')).toEqual({
      value: { a: { b: 'x]y' } },
    });
    expect(extractJson('I think [maybe] {"ok":true}')).toEqual({ value: { ok: true } });
  });

  it('gives up on text without JSON', () => {
    expect(extractJson('no json here {broken')).toBeUndefined();
    expect(extractJson('')).toBeUndefined();
  });
});

describe('parseJsonAnswer', () => {
  const schema = z.object({ n: z.number().int(), kind: z.enum(['a', 'b']) });

  it('validates against the schema and names the failing paths without quoting values', () => {
    expect(parseJsonAnswer('{"n":1,"kind":"a"}', schema)).toEqual({ ok: true, value: { n: 1, kind: 'a' } });
    const bad = parseJsonAnswer('{"n":1.5,"kind":"private-text"}', schema);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toMatch(/^The JSON did not match the schema: n: .*; kind: /);
      expect(bad.error).not.toContain('private-text');
    }
  });

  it('says when the answer is empty or not JSON', () => {
    expect(parseJsonAnswer('  ', schema)).toEqual({ ok: false, error: 'The answer was empty.' });
    expect(parseJsonAnswer('Dear user', schema)).toEqual({
      ok: false,
      error: 'The answer did not contain a valid JSON object or array.',
    });
  });
});
