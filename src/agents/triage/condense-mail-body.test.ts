import { describe, expect, it } from 'vitest';
import { condenseMailBody, truncateAtWord } from './condense-mail-body.js';

describe('condenseMailBody', () => {
  it('drops the quoted history under "On ... wrote:" and quoted lines', () => {
    const body = [
      'Yes, Tuesday at 10 works.',
      '',
      'On Mon, 24 Nov 2025 at 17:02, Grace Hopper <grace@example.com>',
      'wrote:',
      '> Could we meet on Tuesday?',
      '> Grace',
    ].join('\r\n');
    expect(condenseMailBody(body)).toBe('Yes, Tuesday at 10 works.');
  });

  it('drops Outlook history, signatures and device footers', () => {
    expect(
      condenseMailBody(
        'Approved.\n\nFrom: Bob Smith\nSent: Monday, 24 November 2025 17:02\nTo: Ada\nSubject: PO',
      ),
    ).toBe('Approved.');
    expect(condenseMailBody('See attached.\n-- \nAda Lovelace\nAnalytical Engines Ltd')).toBe(
      'See attached.',
    );
    expect(condenseMailBody('On my way\n\nSent from my iPhone')).toBe('On my way');
    expect(condenseMailBody('Thanks\n-----Original Message-----\nFrom: x')).toBe('Thanks');
  });

  it('keeps the quote when it is all there is', () => {
    expect(condenseMailBody('> only a quote\n>> here')).toBe('only a quote\nhere');
    expect(condenseMailBody('On Mon, Bob wrote:\nthe forwarded text')).toBe(
      'On Mon, Bob wrote:\nthe forwarded text',
    );
  });

  it('shortens long URLs to their host and removes invisible padding', () => {
    const body = `Read it here: https://click.example-mailer.com/ls/click?upn=${'a'.repeat(200)} or https://x.io/a\u200B\u200C\u034F`;
    expect(condenseMailBody(body)).toBe('Read it here: [link click.example-mailer.com] or https://x.io/a');
  });

  it('collapses whitespace and cuts at a word boundary within the limit', () => {
    const body = `Line   one\n\n\n\n\nLine two ${'lorem ipsum '.repeat(200)}`;
    const out = condenseMailBody(body, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.startsWith('Line one\n\nLine two lorem ipsum')).toBe(true);
    expect(out.endsWith('ipsum […]')).toBe(true);
  });
});

describe('truncateAtWord', () => {
  it('cuts hard when there is no space near the end', () => {
    expect(truncateAtWord('x'.repeat(50), 20)).toBe(`${'x'.repeat(16)} […]`);
    expect(truncateAtWord('short', 20)).toBe('short');
  });

  it('does not leave half a link marker', () => {
    expect(truncateAtWord('Read more: [link email.example.com] tail', 30)).toBe('Read more: […]');
  });
});
