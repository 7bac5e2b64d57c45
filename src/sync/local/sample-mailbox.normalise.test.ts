import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSampleMbox } from '../../../test/helpers/sample-mbox.js';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { normaliseMime } from '../mail/normalise-mime.js';
import { sampleShiftMs, shiftItem } from './sample-mailbox.js';

let items: NormalisedItem[];
let dates: Array<Date | undefined>;

function bySubject(fragment: string): NormalisedItem {
  const found = items.find((i) => i.subject.includes(fragment));
  if (!found) throw new Error(`no sample item with "${fragment}"`);
  return found;
}

beforeAll(async () => {
  const entries = readSampleMbox();
  items = await Promise.all(
    entries.map((e, i) =>
      normaliseMime(Buffer.from(e.raw, 'utf8'), {
        maxBodyChars: 20_000,
        position: `sample message ${i + 1}`,
      }),
    ),
  );
  dates = await Promise.all(entries.map(async (e) => (await simpleParser(Buffer.from(e.raw, 'utf8'))).date));
});

describe('sample mailbox through normaliseMime', () => {
  it('normalises every message with its id, date, sender and subject', () => {
    expect(items.length).toBe(dates.length);
    items.forEach((item, i) => {
      expect(item.kind).toBe('email');
      expect(item.externalId, item.subject).toMatch(/^[^<>\s]+@[^<>\s]+$/);
      expect(item.receivedAt?.getTime(), item.subject).toBe(dates[i]?.getTime());
      expect(item.fromAddress, item.subject).toMatch(/@/);
      expect(item.subject.length).toBeGreaterThan(3);
      expect(item.bodyText.length, item.subject).toBeGreaterThan(100);
    });
  });

  it('groups the three-message thread, Sam included', () => {
    const thread = items.filter((i) => i.subject.endsWith('Label sizes for the new 250g bags'));
    expect(thread.map((i) => i.fromAddress)).toEqual([
      'marcus@haldencoffee.co.uk',
      'sam.rivera@fernhill-studio.com',
      'marcus@haldencoffee.co.uk',
    ]);
    expect(new Set(thread.map((i) => i.threadId)).size).toBe(1);
  });

  it('keeps the calendar parts of the invitation and the cancellation', () => {
    const withCalendar = items.filter((i) => i.calendarPart);
    expect(withCalendar.map((i) => /METHOD:(\w+)/.exec(i.calendarPart ?? '')?.[1])).toEqual([
      'REQUEST',
      'CANCEL',
    ]);
  });

  it('keeps what the safety agents look at', () => {
    const phish = bySubject('expires today');
    expect(phish.replyTo).toMatch(/@mailsupport-desk\.top$/);
    expect(String(phish.headers['authentication-results'])).toMatch(/dmarc=fail/);
    const disguised = phish.links.filter(
      (l) => /^https?:\/\//.test(l.text) && new URL(l.text).hostname !== new URL(l.href).hostname,
    );
    expect(disguised.length).toBe(1);
    expect(bySubject('Remittance advice').attachments.map((a) => a.contentType)).toEqual(['text/html']);
    expect(bySubject('Partnership idea').bodyText).toMatch(/ignore all previous instructions/i);
    const newsletters = items.filter((i) => i.headers.precedence === 'bulk');
    expect(newsletters.every((n) => n.headers['list-unsubscribe'])).toBe(true);
    expect(newsletters.length).toBe(3);
  });

  it('decodes Latin-1, lists the PDF, and shifts like any other item', () => {
    expect(bySubject('preuves du catalogue').bodyText).toContain('Merci de nous confirmer votre présence');
    const vat = bySubject('VAT return');
    expect(vat.attachments).toEqual([
      expect.objectContaining({ filename: 'Fernhill-VAT-Q4-2025-draft.pdf', contentType: 'application/pdf' }),
    ]);
    const newest = items.at(-1);
    if (!newest) throw new Error('empty sample');
    const moved = shiftItem(newest, sampleShiftMs(new Date('2026-06-10T12:00:00Z'), 'Europe/London'));
    expect(moved.receivedAt?.toISOString()).toBe('2026-06-10T06:52:40.000Z');
    expect(moved.bodyText).toBe(newest.bodyText);
  });
});
