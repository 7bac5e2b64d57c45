import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { originalMessageId, replyRecipients, replyReferences, replySubject } from './reply-headers.js';

const me = new Set(['ada@example.org', 'ada@analytical.example']);

describe('reply headers', () => {
  it('adds a single "Re:" however many reply prefixes the subject has', () => {
    expect(replySubject('Quote for the spring catalogue')).toBe('Re: Quote for the spring catalogue');
    expect(replySubject('Re: RE: Aw: re[2]: Quote')).toBe('Re: Quote');
    expect(replySubject('Re: Fwd: Quote')).toBe('Re: Fwd: Quote');
    expect(replySubject('')).toBe('Re:');
  });

  it('answers Reply-To when present, else From', () => {
    const item = makeEmailItem({ replyTo: 'Grace.Hopper@Sales.example.com' });
    expect(replyRecipients(item, me).to).toEqual(['grace.hopper@sales.example.com']);
    expect(replyRecipients(makeEmailItem({}), me).to).toEqual(['grace@example.com']);
  });

  it('copies the other people of a small conversation, never the user, the sender or robots', () => {
    const item = makeEmailItem({
      toAddresses: ['ada@example.org', 'charles@example.com'],
      ccAddresses: [
        'ADA@analytical.example',
        'grace@example.com',
        'no-reply@tool.example',
        'mary@example.com',
      ],
    });
    expect(replyRecipients(item, me).cc).toEqual(['charles@example.com', 'mary@example.com']);
  });

  it('copies nobody on list mail or a broadcast to many', () => {
    const list = makeEmailItem({
      toAddresses: ['team@example.com'],
      ccAddresses: ['ada@example.org', 'charles@example.com'],
      headers: { 'list-id': '<team.example.com>' },
    });
    expect(replyRecipients(list, me).cc).toEqual([]);
    const many = makeEmailItem({
      toAddresses: ['ada@example.org', ...Array.from({ length: 12 }, (_, i) => `p${i}@example.com`)],
    });
    expect(replyRecipients(many, me).cc).toEqual([]);
  });

  it('threads with the Message-ID in angle brackets and References followed by it', () => {
    const item = makeEmailItem({
      headers: {
        'message-id': '<c@mail.example.com>',
        references: '<a@mail.example.com>\r\n <b@example.org>',
      },
    });
    expect(originalMessageId(item)).toBe('<c@mail.example.com>');
    expect(replyReferences(item)).toEqual([
      '<a@mail.example.com>',
      '<b@example.org>',
      '<c@mail.example.com>',
    ]);
    const bare = makeEmailItem({ replaceHeaders: { 'message-id': 'x@y.example' } });
    expect(originalMessageId(bare)).toBe('<x@y.example>');
    expect(originalMessageId(makeEmailItem({ replaceHeaders: {} }))).toBeUndefined();
  });

  it('keeps the root and the newest references of a very long thread', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `<m${i}@example.com>`);
    const item = makeEmailItem({
      headers: { 'message-id': '<last@example.com>', references: ids.join(' ') },
    });
    const refs = replyReferences(item);
    expect(refs).toHaveLength(20);
    expect(refs[0]).toBe('<m0@example.com>');
    expect(refs.at(-1)).toBe('<last@example.com>');
  });
});
