import { describe, expect, it } from 'vitest';
import { inlineText, type OutboundMessage } from '../message/message-model.js';
import { type InboxEntry, presentInboxDigest } from './inbox-digest.js';

function entry(overrides: Partial<InboxEntry>): InboxEntry {
  return {
    itemId: '00000000-0000-4000-8000-000000000001',
    subject: 'Quote for the spring catalogue',
    fromName: 'Grace Hopper',
    fromAddress: 'grace@example.com',
    receivedAt: new Date('2026-11-25T08:00:00Z'),
    accountLabel: 'ada@work.example',
    category: 'work',
    importance: 4,
    needsReply: true,
    dueAt: null,
    isScam: false,
    riskReasons: [],
    tldr: 'Grace needs the revised quote.',
    ...overrides,
  };
}

function text(message: OutboundMessage): string {
  return message.blocks
    .map((b) =>
      b.type === 'paragraph'
        ? inlineText(b.content)
        : b.type === 'context' || b.type === 'heading'
          ? b.text
          : '',
    )
    .join('\n');
}

describe('presentInboxDigest', () => {
  it('tags each mail with its mailbox when several accounts form one inbox', () => {
    const message = presentInboxDigest(
      [
        entry({}),
        entry({ itemId: '00000000-0000-4000-8000-000000000002', accountLabel: '/home/ada/personal.mbox' }),
      ],
      'Europe/London',
    );
    expect(text(message)).toContain('ada@work.example');
    expect(text(message)).toContain('personal.mbox');
    expect(text(message)).not.toContain('/home/ada');
  });

  it('does not repeat the mailbox when there is only one', () => {
    expect(text(presentInboxDigest([entry({})], 'Europe/London'))).not.toContain('ada@work.example');
  });

  it('puts scams first with their reasons and folds newsletters into one line', () => {
    const message = presentInboxDigest(
      [
        entry({}),
        entry({
          itemId: '00000000-0000-4000-8000-000000000003',
          isScam: true,
          riskReasons: ['lookalike domain'],
        }),
        entry({ itemId: '00000000-0000-4000-8000-000000000004', category: 'newsletter', needsReply: false }),
      ],
      'Europe/London',
    );
    const rendered = text(message);
    expect(rendered.indexOf('Possible scam')).toBeLessThan(rendered.indexOf('Grace needs'));
    expect(rendered).toContain('Also: 1 newsletter.');
    expect(message.fallbackText).toBe('Inbox: 3 messages, 1 needs a reply, 1 flagged as scam');
  });
});
