/**
 * Message-ID handling. Ids are stored without angle brackets. A mail without
 * one gets an id derived from its bytes, so importing it again finds the same row.
 */
import { createHash } from 'node:crypto';

/** "<a@b>" -> "a@b"; the first id when a header holds several. */
export function bareMessageId(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  const bracketed = /<([^<>\s]+)>/.exec(text)?.[1];
  const id = (bracketed ?? text.trim().split(/\s+/)[0] ?? '').trim();
  return id || undefined;
}

function allIds(value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  const bracketed = [...text.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] ?? '');
  return (bracketed.length > 0 ? bracketed : text.split(/\s+/)).filter(Boolean);
}

export function syntheticMessageId(raw: Buffer): string {
  return `${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@local.invalid`;
}

/** The conversation a mail belongs to: root of References, else In-Reply-To, else itself. */
export function threadRoot(references: unknown, inReplyTo: unknown, own: string): string {
  return allIds(references)[0] ?? allIds(inReplyTo)[0] ?? own;
}
