import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/errors.js';
import { projectRoot } from '../../paths.js';
import { parseIcs } from '../ics/parse-ics.js';
import { normaliseMime } from './normalise-mime.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test/fixtures/local/mime', name));
const opts = { maxBodyChars: 10_000 };
const mail = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('normaliseMime charsets', () => {
  it.each([
    ['latin1-qp.eml', 'Grüße aus Köln', 'Jürgen Müller', 'Das Café öffnet um 8 Uhr.'],
    ['cp1252-8bit.eml', 'Invoice due', 'Billing', 'The invoice is €1,250 – “due Friday”.'],
    ['iso-2022-jp.eml', '会議の件', '山田太郎', '会議は明日の十時です。'],
    ['koi8-r.eml', 'Встреча', 'Иван Петров', 'Встреча перенесена на пятницу.'],
  ])('%s decodes subject, sender name and body', async (file, subject, fromName, body) => {
    const item = await normaliseMime(fixture(file), opts);
    expect(item.subject).toBe(subject);
    expect(item.fromName).toBe(fromName);
    expect(item.bodyText).toContain(body);
    expect(item.snippet).toContain(body);
  });
});

describe('normaliseMime on an HTML-only newsletter', async () => {
  const item = await normaliseMime(fixture('newsletter-html-only.eml'), opts);

  it('renders readable text without markup, scripts or styles', () => {
    expect(item.bodyText).toBe(
      'Spring sale\n\nEverything is 40% off until Sunday & shipping is free.\n\n- Jackets\n- Boots\n\nShop now or unsubscribe.\n\nno link here',
    );
    expect(item.snippet.startsWith('Spring sale Everything is 40% off')).toBe(true);
  });

  it('lists every <a href> with its visible text (image alt when there is no text)', () => {
    expect(item.links).toEqual([
      { text: 'Shop logo', href: 'https://shop.example/?utm=head' },
      { text: 'Shop now', href: 'https://shop.example/sale' },
      { text: 'unsubscribe', href: 'https://shop.example/unsub?u=42' },
    ]);
  });

  it('keeps only the agent headers, repeated ones as arrays', () => {
    expect(Object.keys(item.headers).sort()).toEqual([
      'authentication-results',
      'content-type',
      'list-id',
      'list-unsubscribe',
      'message-id',
      'precedence',
      'return-path',
    ]);
    expect(item.headers['authentication-results']).toHaveLength(2);
    expect(item.headers['list-unsubscribe']).toBe(
      '<https://shop.example/unsub?u=42>, <mailto:unsub@shop.example>',
    );
    expect(item.toAddresses).toEqual([]); // "undisclosed-recipients:;" is an empty group
  });
});

describe('normaliseMime on an invitation with attachments', async () => {
  const item = await normaliseMime(fixture('invite-with-attachments.eml'), opts);

  it('reads addresses: lower-cased, groups expanded, garbage dropped, names kept', () => {
    expect(item).toMatchObject({
      externalId: 'invite-77@example.com',
      threadId: 'root-1@example.com',
      fromAddress: 'grace@example.com',
      fromName: 'Grace Hopper',
      replyTo: 'assistant@example.com',
      toAddresses: ['ada@example.org', 'bob@example.org', 'carol@example.org'],
      ccAddresses: ['dave@example.org'],
      receivedAt: new Date('2024-06-03T06:00:00Z'),
      data: {},
    });
  });

  it('uses the text part as body and takes links from the HTML part', () => {
    expect(item.bodyText).toBe(
      'You have been invited to Quarterly planning.\nJoin: https://meet.example.com/abc-defg-hij',
    );
    expect(item.links).toEqual([{ text: 'Join the meeting', href: 'https://meet.example.com/abc-defg-hij' }]);
  });

  it('lists real attachments (inline PDF included) with sizes, not the embedded logo or the invitation part', () => {
    expect(item.attachments).toEqual([
      { filename: 'agenda.pdf', contentType: 'application/pdf', size: 78 },
      {
        filename: 'budget.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        size: 10,
      },
    ]);
  });

  it('keeps the calendar part, which parseIcs reads as a REQUEST', () => {
    const ics = parseIcs(item.calendarPart ?? '', {
      from: new Date('2024-06-01T00:00:00Z'),
      to: new Date('2024-07-01T00:00:00Z'),
      defaultTimezone: 'UTC',
    });
    expect(ics.method).toBe('REQUEST');
    expect(ics.events.map((e) => [e.externalId, e.startAt?.toISOString()])).toEqual([
      ['planning-q3@example.com', '2024-06-05T08:00:00.000Z'],
    ]);
  });
});

describe('normaliseMime edge cases', () => {
  it('gives a mail without Message-ID a stable id from its bytes', async () => {
    const raw = mail(
      'From: a@example.com',
      'Subject: no id',
      'Date: Tue, 05 Mar 2024 09:00:00 +0000',
      '',
      'hi',
    );
    const first = await normaliseMime(raw, opts);
    const again = await normaliseMime(Buffer.from(raw), opts);
    const other = await normaliseMime(mail('From: a@example.com', 'Subject: no id', '', 'ho'), opts);
    expect(first.externalId).toMatch(/^[0-9a-f]{32}@local\.invalid$/);
    expect(again.externalId).toBe(first.externalId);
    expect(other.externalId).not.toBe(first.externalId);
    expect(first.threadId).toBe(first.externalId);
  });

  it('uses the fallback date and says so when Date is missing or garbage', async () => {
    const fallback = new Date('2023-12-24T18:00:00Z');
    for (const dateLine of [[], ['Date: the day after tomorrow']]) {
      const raw = mail('From: a@example.com', 'Subject: when?', ...dateLine, '', 'body');
      const item = await normaliseMime(raw, { ...opts, fallbackDate: fallback });
      expect(item.receivedAt).toEqual(fallback);
      expect(item.data).toEqual({ dateMissing: true });
      expect(Object.keys(item.headers)).not.toContain('x-ops-date-missing');
    }
  });

  it('threads on In-Reply-To when there are no References', async () => {
    const raw = mail('From: a@example.com', 'Message-ID: <m2@x>', 'In-Reply-To: <m1@x>', '', 'ok');
    expect((await normaliseMime(raw, opts)).threadId).toBe('m1@x');
  });

  it('caps the body and marks it truncated', async () => {
    const raw = mail('From: a@example.com', 'Subject: long', '', 'x'.repeat(5000));
    const item = await normaliseMime(raw, { maxBodyChars: 1000 });
    expect(item.bodyText).toHaveLength(1000);
    expect(item.bodyTruncated).toBe(true);
    expect(item.snippet).toHaveLength(200);
  });

  it('finds links written out in a text-only mail', async () => {
    const raw = mail('From: a@example.com', '', 'Reset here: https://bank.example.com/reset?t=1. Thanks');
    expect((await normaliseMime(raw, opts)).links).toEqual([
      { text: 'https://bank.example.com/reset?t=1', href: 'https://bank.example.com/reset?t=1' },
    ]);
  });

  it('survives garbage address headers', async () => {
    const raw = mail(
      'From: <<<>>> @@@',
      'To: ;;;, "unterminated',
      'Cc: =?utf-8?B?!!!?=',
      'Subject: x',
      '',
      'b',
    );
    const item = await normaliseMime(raw, opts);
    expect(item.subject).toBe('x');
    expect(item.ccAddresses).toEqual([]);
  });

  it('rejects bytes that are not a mail, naming the position', async () => {
    const error = await normaliseMime(Buffer.from('\u0000\u0001binary junk\nmore junk\n'), {
      ...opts,
      position: 'message 3 (byte 99)',
    }).catch((e: unknown) => e);
    expect(isAppError(error, 'MAIL_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/^message 3 \(byte 99\): no mail header/);
  });
});
