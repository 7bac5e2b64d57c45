import { describe, expect, it } from 'vitest';
import { extractNewText } from './new-text.js';

describe('extractNewText', () => {
  it('cuts a Gmail-style quoted reply, including an attribution wrapped over two lines', () => {
    const body = [
      'Hi Ada,',
      '',
      'Friday works. Could you bring the samples?',
      '',
      'On Wed, 4 Mar 2026 at 09:30, Ada Lovelace <',
      'ada@example.org> wrote:',
      '> Are you free on Friday? Please send the invoice.',
      '>',
      '> Ada',
    ].join('\n');
    const result = extractNewText(body);
    expect(result.text).toBe('Hi Ada,\n\nFriday works. Could you bring the samples?');
    expect(result.hadQuote).toBe(true);
    expect(result.paragraphs).toEqual(['Hi Ada,', 'Friday works. Could you bring the samples?']);
  });

  it('cuts an Outlook original-message block', () => {
    const body = [
      'Approved, go ahead.',
      '',
      'From: Ada Lovelace <ada@example.org>',
      'Sent: Tuesday, March 3, 2026 4:12 PM',
      'To: Charles Babbage <charles@example.com>',
      'Subject: Budget',
      '',
      'Can you approve the budget?',
    ].join('\r\n');
    expect(extractNewText(body).text).toBe('Approved, go ahead.');
  });

  it('cuts French and German attributions and forwarded-message markers', () => {
    expect(
      extractNewText("D'accord.\n\nLe mer. 4 mars 2026 à 10:00, Ada <ada@example.org> a écrit :\n> Ok?").text,
    ).toBe("D'accord.");
    expect(extractNewText('Gern.\n\nAm 04.03.2026 um 10:00 schrieb Ada <ada@example.org>:\n> Ok?').text).toBe(
      'Gern.',
    );
    expect(extractNewText('FYI\n\n---------- Forwarded message ---------\nFrom: x').text).toBe('FYI');
  });

  it('drops the signature block, mobile footers and disclaimers', () => {
    const body = ['The slides are attached.', '', '-- ', 'Grace Hopper', 'Head of Sales, Example Ltd'].join(
      '\n',
    );
    expect(extractNewText(body).text).toBe('The slides are attached.');
    expect(extractNewText('On my way.\n\nSent from my iPhone').text).toBe('On my way.');
    const legal =
      'See you then.\n\nThis email and any attachments are confidential and intended solely for the addressee.';
    expect(extractNewText(legal).text).toBe('See you then.');
  });

  it('drops a sign-off followed by a name and title, and a bare first name at the end', () => {
    const body = 'Can you confirm the order?\n\nKind regards,\nGrace Hopper\nHead of Sales\n+44 20 7946 0000';
    expect(extractNewText(body).text).toBe('Can you confirm the order?');
    expect(extractNewText('See you at 3.\n\nGrace', { senderName: 'Grace Hopper' }).text).toBe(
      'See you at 3.',
    );
  });

  it('keeps inline text between quoted lines but not the quoted lines', () => {
    const body = '> Can you do Tuesday?\nYes, Tuesday is fine.\n> And the budget?\nStill waiting on finance.';
    expect(extractNewText(body).text).toBe('Yes, Tuesday is fine.\nStill waiting on finance.');
  });

  it('keeps non-ASCII text intact', () => {
    expect(extractNewText('Grüße aus Köln — 東京で会いましょう。\n\n> old').text).toBe(
      'Grüße aus Köln — 東京で会いましょう。',
    );
  });
});
