/**
 * The sample moved to an arbitrary user's week: the invitation's own ICS, the
 * calendar and the wording of the mail must still describe the same days.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { sync as ical, type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSampleMbox } from '../../../test/helpers/sample-mbox.js';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { parseIcs } from '../ics/parse-ics.js';
import { normaliseMime } from '../mail/normalise-mime.js';
import {
  SAMPLE_WEEK,
  sampleCalendarPath,
  sampleDayStart,
  sampleShiftDays,
  sampleShiftMs,
  shiftItem,
} from './sample-mailbox.js';

const DAY = 86_400_000;
const USER_ZONE = 'Europe/Paris';
/** A Wednesday in late November: the sample's Wednesday 14 January lands on it. */
const USER_NOW = new Date('2026-11-25T09:30:00Z');

let items: NormalisedItem[];

beforeAll(async () => {
  items = await Promise.all(
    readSampleMbox().map((e, i) =>
      normaliseMime(Buffer.from(e.raw, 'utf8'), {
        maxBodyChars: 20_000,
        position: `sample message ${i + 1}`,
      }),
    ),
  );
});

function bySubject(fragment: string): NormalisedItem {
  const found = items.find((i) => i.subject.includes(fragment));
  if (!found) throw new Error(`no sample item with "${fragment}"`);
  return found;
}

const wallFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: USER_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD HH:MM" on the user's clock. */
function wall(instant: Date | undefined): string {
  return instant ? wallFormat.format(instant) : 'none';
}

function moved(item: NormalisedItem, now = USER_NOW): NormalisedItem {
  return shiftItem(item, sampleShiftMs(now, USER_ZONE), sampleShiftDays(now, USER_ZONE));
}

function vevent(calendarPart: string | undefined): VEvent {
  const event = Object.values(ical.parseICS(calendarPart ?? '')).find(
    (c): c is VEvent => c?.type === 'VEVENT',
  );
  if (!event) throw new Error('no VEVENT in the calendar part');
  return event;
}

/** Offset of the user's zone at `instant`, in minutes, as chrono takes it. */
function offsetMinutes(instant: Date): number {
  const local = new Date(`${wallFormat.format(instant).replace(' ', 'T')}:00Z`);
  return Math.round((local.getTime() - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

function chronoDate(phrase: string, receivedAt: Date): Date | undefined {
  const reference = { instant: receivedAt, timezone: offsetMinutes(receivedAt) };
  return chrono.en.GB.parseDate(phrase, reference, { forwardDate: true }) ?? undefined;
}

describe('the sample moved to a user in Paris on Wednesday 25 November', () => {
  it('moves the invitation to the day after the user’s today, at 13:00 on their clock', () => {
    const invite = moved(bySubject('Invitation: Wayfinding workshop'));
    expect(wall(invite.receivedAt)).toBe('2026-11-23 15:32');
    const event = vevent(invite.calendarPart);
    expect(wall(event.start)).toBe('2026-11-26 13:00');
    expect(wall(event.end)).toBe('2026-11-26 14:00');
    expect(event.start.tz).toBe('Europe/London');
    // Sent when the mail was: the DTSTAMP moved with the Date header.
    expect(event.dtstamp?.getTime()).toBe(invite.receivedAt?.getTime());
    expect(invite.calendarPart).toContain('DTSTART;TZID=Europe/London:20261126T120000');
  });

  it('lets the invitation reader see it ahead, where the unshifted part is months in the past', () => {
    const original = bySubject('Invitation: Wayfinding workshop');
    const window = { from: new Date(USER_NOW.getTime() - DAY), to: new Date(USER_NOW.getTime() + 400 * DAY) };
    const read = (part: string | undefined) =>
      parseIcs(part ?? '', { ...window, defaultTimezone: USER_ZONE }).events.map((e) => wall(e.startAt));
    expect(read(original.calendarPart)).toEqual([]);
    expect(read(moved(original).calendarPart)).toEqual(['2026-11-26 13:00']);
  });

  it('cancels the same moved event the calendar holds', () => {
    const cancel = vevent(moved(bySubject('Cancelled: Portfolio review')).calendarPart);
    const week = { from: sampleDayStart(SAMPLE_WEEK.from), to: sampleDayStart(SAMPLE_WEEK.to) };
    const calendar = parseIcs(readFileSync(sampleCalendarPath, 'utf8'), {
      ...week,
      defaultTimezone: 'Europe/London',
    });
    const review = calendar.events.find((e) => e.subject === 'Portfolio review with Orbit Labs');
    if (!review) throw new Error('no Orbit Labs review in calendar.ics');
    const movedReview = moved(review);
    expect(movedReview.data).toMatchObject({ icalUid: cancel.uid });
    expect(cancel.start.getTime()).toBe(movedReview.startAt?.getTime());
    expect(wall(cancel.start)).toBe('2026-11-26 10:00');
  });

  it('reads the bill’s deadline as a date after the moved mail, within a week', () => {
    const bill = moved(bySubject('Brightwire invoice'));
    const phrase = /^Due:\s+(.+)$/m.exec(bill.bodyText)?.[1];
    expect(phrase).toBe('in 6 days');
    const receivedAt = bill.receivedAt ?? new Date(Number.NaN);
    const due = chronoDate(phrase ?? '', receivedAt);
    expect(due?.getTime()).toBeGreaterThan(receivedAt.getTime());
    expect(due?.getTime()).toBeLessThanOrEqual(receivedAt.getTime() + 7 * DAY);
    // Received on Tuesday the 24th at 08:30: due on the 30th, five days after the user's today.
    expect(wall(due)).toBe('2026-11-30 08:30');
  });

  it('keeps the deadlines and the meeting request on the same days whatever the weekday of today', () => {
    // Seven consecutive "todays": the sample's Wednesday lands on every weekday once.
    for (let n = 0; n < 7; n++) {
      const now = new Date(USER_NOW.getTime() + n * DAY);
      const today = wall(now).slice(0, 10);
      const inDays = (k: number) => wall(new Date(now.getTime() + k * DAY)).slice(0, 10);
      const check = (subject: string, phrase: string, expected: string) => {
        const item = moved(bySubject(subject), now);
        expect(item.bodyText, subject).toContain(phrase);
        expect(
          wall(chronoDate(phrase, item.receivedAt ?? now)).slice(0, expected.length),
          `${subject}, ${today}`,
        ).toBe(expected);
      };
      check('Brightwire invoice', 'in 6 days', inDays(5));
      check('revised quote', 'within the next four days', inDays(2));
      check('VAT return', 'within the next week', inDays(6));
      check('dinner sunday', 'within the next few days', inDays(1));
      check('Low Tide', 'tomorrow at 15:00', `${inDays(1)} 15:00`);
      expect(wall(vevent(moved(bySubject('Wayfinding'), now).calendarPart).start)).toBe(`${inDays(1)} 13:00`);
    }
  });
});
