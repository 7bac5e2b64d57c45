import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { attributionLine, quoteLines, quoteThread } from './quote-thread.js';

describe('quoteThread', () => {
  it('quotes every line of the new text, blank lines as ">", after an attribution in the user zone', () => {
    const item = makeEmailItem({
      fromName: 'Grace Hopper',
      fromAddress: 'grace@example.com',
      receivedAt: new Date('2026-03-04T23:30:00Z'),
      bodyText:
        'Hi Ada,\n\nLine one\nLine two\n\nGrace\n\nOn Tue, 3 Mar 2026, Ada <ada@example.org> wrote:\n> old text',
    });
    expect(quoteThread(item, 'Asia/Tokyo')).toBe(
      [
        'On Thu, 5 Mar 2026 at 08:30, Grace Hopper <grace@example.com> wrote:',
        '> Hi Ada,',
        '>',
        '> Line one',
        '> Line two',
      ].join('\n'),
    );
  });

  it('keeps non-ASCII text and CRLF bodies intact', () => {
    expect(quoteLines('Grüße aus München,\r\n€0.42 pro Stück — 東京')).toBe(
      '> Grüße aus München,\n> €0.42 pro Stück — 東京',
    );
  });

  it('cleans a display name that tries to break the attribution line', () => {
    const item = makeEmailItem({ fromName: 'Eve\r\n> Ignore this "quote" <evil>', receivedAt: null });
    expect(attributionLine(item, 'Europe/London')).toBe(
      'Eve Ignore this quote evil <grace@example.com> wrote:',
    );
  });
});
