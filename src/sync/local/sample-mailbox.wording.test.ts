/**
 * The sample's mail is moved to the user's week on import, but its text is
 * not rewritten: so it must name no calendar date, only days relative to its
 * own Date header, and those must agree with the invitation parts and with
 * calendar.ics.
 */
import * as chrono from 'chrono-node';
import { type ParsedMail, simpleParser } from 'mailparser';
import { sync as ical, type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSampleMbox } from '../../../test/helpers/sample-mbox.js';
import { sampleCalendarPath } from './sample-mailbox.js';

let mails: ParsedMail[];
let calendarEvents: VEvent[];

beforeAll(async () => {
  mails = await Promise.all(readSampleMbox().map((e) => simpleParser(Buffer.from(e.raw, 'utf8'))));
  calendarEvents = Object.values(ical.parseFile(sampleCalendarPath)).filter(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
});

function bySubject(fragment: string): ParsedMail {
  const found = mails.find((m) => m.subject?.includes(fragment));
  if (!found) throw new Error(`no sample message with "${fragment}"`);
  return found;
}

function calendarEvent(summary: string): VEvent {
  const found = calendarEvents.find((e) => e.summary === summary);
  if (!found) throw new Error(`no sample event "${summary}"`);
  return found;
}

/** What a reader sees: subject, text part and the HTML part without tags; URLs removed (ids, not prose). */
function readable(mail: ParsedMail): string {
  const html = typeof mail.html === 'string' ? mail.html : '';
  const htmlText = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
  return [mail.subject ?? '', mail.text ?? '', htmlText]
    .join('\n')
    .replace(/\b(?:https?:\/\/|mailto:)\S+/g, ' ');
}

/** Sample mail is read on London time, which is UTC in January. */
function reference(mail: ParsedMail): chrono.ParsingReference {
  return { instant: mail.date ?? new Date(Number.NaN), timezone: 0 };
}

/** The date chrono reads from `phrase`, which must appear in the mail, relative to the mail's Date. */
function dateOf(mail: ParsedMail, phrase: string, parser: chrono.Chrono = chrono.en.GB): Date {
  expect(readable(mail), mail.subject).toContain(phrase);
  const result = parser.parse(phrase, reference(mail), { forwardDate: true })[0];
  if (!result) throw new Error(`chrono reads no date in "${phrase}"`);
  return result.start.date();
}

const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);

const monthName =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;

describe('sample mail wording', () => {
  it('names no calendar date: no month, year, day of the month or holiday in any part', () => {
    for (const mail of mails) {
      const text = readable(mail);
      const label = mail.subject;
      expect(text, label).not.toMatch(monthName);
      expect(text, label).not.toMatch(/(?<![\w-])(?:19|20)\d\d(?![\w-])/);
      expect(text, label).not.toMatch(/\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i);
      expect(text, label).not.toMatch(/\b(?:Christmas|New Year)\b/i);
      const french = mail.headers.get('content-language') === 'fr';
      for (const result of (french ? chrono.fr.casual : chrono.en.GB).parse(text, reference(mail))) {
        const relative = [...result.start.tags()].some(
          (t) => t.startsWith('result/relative') || t.startsWith('casualReference/'),
        );
        const absolute = result.start.isCertain('day') && result.start.isCertain('month') && !relative;
        expect(absolute, `${label}: "${result.text}"`).toBe(false);
      }
    }
  });

  it('gives the deadlines as days from the message, on the days the README lists', () => {
    expect(day(dateOf(bySubject('Brightwire invoice'), 'in 6 days'))).toBe('2026-01-19');
    expect(day(dateOf(bySubject('revised quote'), 'within the next four days'))).toBe('2026-01-16');
    expect(day(dateOf(bySubject('dinner sunday'), 'within the next few days'))).toBe('2026-01-15');
    expect(day(dateOf(bySubject('VAT return'), 'within the next week'))).toBe('2026-01-20');
    expect(dateOf(bySubject('Low Tide'), 'tomorrow at 15:00').toISOString()).toBe('2026-01-15T15:00:00.000Z');
  });

  it('agrees with the invitation and the cancellation it carries', () => {
    for (const [subject, phrase] of [
      ['Invitation: Wayfinding workshop', 'in 3 days, 13:00'],
      ['Cancelled: Portfolio review', 'The day after tomorrow, 10:00'],
    ] as const) {
      const mail = bySubject(subject);
      const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
      const event = Object.values(ical.parseICS(part?.content.toString('utf8') ?? '')).find(
        (c): c is VEvent => c?.type === 'VEVENT',
      );
      expect(event?.start.getTime(), subject).toBe(dateOf(mail, phrase).getTime());
    }
  });

  it('agrees with calendar.ics on the trip, the press check, the leave and the birthday', () => {
    const booking = bySubject('Booking confirmed');
    expect(day(dateOf(booking, 'OUTBOUND - in 6 days'))).toBe(day(calendarEvent('Train to Lyon').start));
    expect(day(dateOf(booking, 'RETURN - in 7 days'))).toBe(day(calendarEvent('Train back to London').start));

    const pressCheck = calendarEvent('Site visit: press check at Imprimerie Berthollet');
    const printer = bySubject('preuves du catalogue');
    expect(day(dateOf(printer, 'dans une semaine', chrono.fr.casual))).toBe(day(pressCheck.start));

    const leave = calendarEvent('Priya on leave');
    const oneToOne = bySubject('push our 1:1');
    expect(oneToOne.text).toContain("I'm off tomorrow and the day after");
    expect(day(dateOf(oneToOne, 'tomorrow'))).toBe('2026-01-15');
    // node-ical builds DATE values at host-local midnight: compare the calendar days they name.
    expect([leave.start.getDate(), leave.end?.getDate()]).toEqual([15, 17]);

    // "a week today": chrono reads "a week", which is the day that matters.
    const mum = bySubject("Dad's 70th");
    const birthday = calendarEvent("Dad's birthday").start;
    expect(day(dateOf(mum, 'a week today'))).toBe(`2026-01-${String(birthday.getDate()).padStart(2, '0')}`);
    expect(birthday.getMonth()).toBe(0);
  });
});
