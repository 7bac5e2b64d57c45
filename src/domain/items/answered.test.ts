import { describe, expect, it } from 'vitest';
import { isAnswered, lastRepliesAmong } from './answered.js';

const me = new Set(['ada@example.org']);
const at = (iso: string) => new Date(iso);

describe('answered threads', () => {
  const thread = [
    { threadId: 't1', receivedAt: at('2026-11-20T09:00:00Z'), fromAddress: 'grace@example.com' },
    { threadId: 't1', receivedAt: at('2026-11-20T10:00:00Z'), fromAddress: 'Ada@Example.org' },
    { threadId: 't1', receivedAt: at('2026-11-21T08:00:00Z'), fromAddress: 'grace@example.com' },
    { threadId: 't2', receivedAt: at('2026-11-21T08:00:00Z'), fromAddress: 'bo@example.com' },
  ];
  const last = lastRepliesAmong(thread, me);

  it('knows when the user last wrote in each thread', () => {
    expect(last).toEqual(new Map([['t1', at('2026-11-20T10:00:00Z')]]));
  });

  it('a mail before the user wrote is answered; one after it, or in another thread, is not', () => {
    expect(isAnswered(thread[0]!, last)).toBe(true);
    expect(isAnswered(thread[2]!, last)).toBe(false);
    expect(isAnswered(thread[3]!, last)).toBe(false);
    expect(isAnswered({ threadId: null, receivedAt: at('2026-11-20T09:00:00Z') }, last)).toBe(false);
  });
});
