import { describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/errors.js';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { localDateOf, localTimeOf } from '../../domain/time/local-time.js';
import {
  SAMPLE_TIMEZONE,
  SAMPLE_TODAY,
  SAMPLE_WEEK,
  sampleDayStart,
  sampleShiftDays,
  sampleShiftMs,
  shiftItem,
} from './sample-mailbox.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** "YYYY-MM-DD HH:MM" on the wall clock of `timeZone`. */
function wallClock(instant: Date, timeZone: string): string {
  return `${localDateOf(instant, timeZone)} ${localTimeOf(instant, timeZone)}`;
}

/** Sample messages and events are written in London, which is on GMT in January. */
const sampleMorning = new Date(`${SAMPLE_TODAY}T07:52:40Z`);
const sampleStandUp = new Date(`${SAMPLE_TODAY}T09:15:00Z`);

function shifted(instant: Date, now: Date, timeZone: string): Date {
  return new Date(instant.getTime() + sampleShiftMs(now, timeZone));
}

describe('sampleShiftMs', () => {
  it('is zero on the sample day itself in London', () => {
    expect(sampleShiftMs(new Date('2026-01-14T00:00:00Z'), 'Europe/London')).toBe(0);
    expect(sampleShiftMs(new Date('2026-01-14T23:59:59Z'), 'Europe/London')).toBe(0);
  });

  it('moves by whole days while both dates are in winter time', () => {
    // 14 January to 2 March: 17 + 28 + 2 days.
    expect(sampleShiftMs(new Date('2026-03-02T16:00:00Z'), 'Europe/London')).toBe(47 * DAY);
    expect(sampleShiftMs(new Date('2026-01-13T08:00:00Z'), 'Europe/London')).toBe(-1 * DAY);
  });

  it('uses the local date, not the UTC date, to pick "today"', () => {
    // 23:30 UTC on 1 July is already 2 July in London (BST).
    const now = new Date('2026-07-01T23:30:00Z');
    expect(wallClock(shifted(sampleStandUp, now, 'Europe/London'), 'Europe/London')).toBe('2026-07-02 09:15');
    // 03:00 UTC on 15 January is still the 14th in New York.
    const early = new Date('2026-01-15T03:00:00Z');
    expect(wallClock(shifted(sampleStandUp, early, 'America/New_York'), 'America/New_York')).toBe(
      '2026-01-14 09:15',
    );
  });

  it('keeps times of day across the spring-forward boundary in London', () => {
    // Sunday 29 March 2026 is the change to BST; Monday 30 is the first full summer day.
    for (const [now, date] of [
      ['2026-03-28T12:00:00Z', '2026-03-28'],
      ['2026-03-29T12:00:00Z', '2026-03-29'],
      ['2026-03-30T12:00:00Z', '2026-03-30'],
    ] as const) {
      const at = new Date(now);
      expect(wallClock(shifted(sampleStandUp, at, 'Europe/London'), 'Europe/London')).toBe(`${date} 09:15`);
      expect(wallClock(shifted(sampleMorning, at, 'Europe/London'), 'Europe/London')).toBe(`${date} 07:52`);
    }
    expect(sampleShiftMs(new Date('2026-03-30T12:00:00Z'), 'Europe/London')).toBe(75 * DAY - HOUR);
  });

  it('keeps times of day across the autumn boundary in Sydney and New York', () => {
    // Sydney leaves daylight time on 5 April 2026, New York enters it on 8 March 2026.
    for (const [now, zone, date] of [
      ['2026-04-04T02:00:00Z', 'Australia/Sydney', '2026-04-04'],
      ['2026-04-05T02:00:00Z', 'Australia/Sydney', '2026-04-05'],
      ['2026-03-08T17:00:00Z', 'America/New_York', '2026-03-08'],
    ] as const) {
      expect(wallClock(shifted(sampleStandUp, new Date(now), zone), zone)).toBe(`${date} 09:15`);
    }
  });

  it('maps every day of two years to the same wall-clock times in several zones', () => {
    const zones = [
      'Europe/London',
      'America/Los_Angeles',
      'Australia/Sydney',
      'Asia/Kathmandu',
      'America/Santiago',
    ];
    for (const zone of zones) {
      for (let day = 0; day < 730; day += 1) {
        const now = new Date(Date.UTC(2026, 0, 1, 12) + day * DAY);
        const today = wallClock(now, zone).slice(0, 10);
        expect(wallClock(shifted(sampleStandUp, now, zone), zone)).toBe(`${today} 09:15`);
      }
    }
  });

  it('works far from the anchor, before and after it, and across the date line', () => {
    const future = new Date('2039-11-23T04:00:00Z');
    expect(wallClock(shifted(sampleMorning, future, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('2039-11-23 07:52');
    const past = new Date('2019-02-28T20:00:00Z');
    expect(sampleShiftMs(past, 'Europe/London')).toBeLessThan(0);
    expect(wallClock(shifted(sampleMorning, past, 'Europe/London'), 'Europe/London')).toBe(
      '2019-02-28 07:52',
    );
    const now = new Date('2026-01-14T12:00:00Z');
    expect(wallClock(shifted(sampleStandUp, now, 'Pacific/Kiritimati'), 'Pacific/Kiritimati')).toBe(
      '2026-01-15 09:15',
    );
    expect(wallClock(shifted(sampleStandUp, now, 'Pacific/Pago_Pago'), 'Pacific/Pago_Pago')).toBe(
      '2026-01-14 09:15',
    );
  });

  it('rejects an unknown time zone with CONFIG_INVALID', () => {
    let caught: unknown;
    try {
      sampleShiftMs(new Date('2026-05-01T12:00:00Z'), 'Mars/Olympus_Mons');
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('sampleShiftDays', () => {
  it('counts the calendar days from the sample day to the local today', () => {
    expect(sampleShiftDays(new Date('2026-01-14T23:59:59Z'), 'Europe/London')).toBe(0);
    expect(sampleShiftDays(new Date('2026-03-02T16:00:00Z'), 'Europe/London')).toBe(47);
    expect(sampleShiftDays(new Date('2026-01-15T03:00:00Z'), 'America/New_York')).toBe(0);
    expect(sampleShiftDays(new Date('2019-02-28T20:00:00Z'), 'Europe/London')).toBeLessThan(0);
  });

  it('is the shift rounded to days, except where the zone is 13 hours or more ahead of London', () => {
    for (const zone of [
      'Europe/London',
      'Europe/Paris',
      'America/Los_Angeles',
      'Pacific/Pago_Pago',
      'Asia/Tokyo',
    ]) {
      for (let day = 0; day < 365; day += 7) {
        const now = new Date(Date.UTC(2026, 0, 1, 12) + day * DAY);
        expect(sampleShiftDays(now, zone), `${zone} ${now.toISOString()}`).toBe(
          Math.round(sampleShiftMs(now, zone) / DAY),
        );
      }
    }
    // Noon on the 15th in Kiritimati (UTC+14) is 22:00 on the 14th in London: 10 hours, but one day.
    const now = new Date('2026-01-14T12:00:00Z');
    expect(sampleShiftMs(now, 'Pacific/Kiritimati')).toBe(10 * HOUR);
    expect(sampleShiftDays(now, 'Pacific/Kiritimati')).toBe(1);
    expect(sampleShiftDays(new Date('2026-01-20T00:00:00Z'), 'Pacific/Auckland')).toBe(6);
    expect(Math.round(sampleShiftMs(new Date('2026-01-20T00:00:00Z'), 'Pacific/Auckland') / DAY)).toBe(5);
  });
});

describe('sampleDayStart', () => {
  it('gives London midnights for the sample week', () => {
    expect(SAMPLE_TIMEZONE).toBe('Europe/London');
    expect(sampleDayStart(SAMPLE_WEEK.from).toISOString()).toBe('2026-01-12T00:00:00.000Z');
    expect(sampleDayStart(SAMPLE_WEEK.to).getTime() - sampleDayStart(SAMPLE_WEEK.from).getTime()).toBe(
      7 * DAY,
    );
    expect(new Date(`${SAMPLE_TODAY}T12:00:00Z`).getUTCDay()).toBe(3);
  });
});

describe('shiftItem', () => {
  const base: NormalisedItem = {
    kind: 'event',
    externalId: 'uid-1',
    toAddresses: ['sam.rivera@fernhill-studio.com'],
    ccAddresses: [],
    subject: 'Studio stand-up',
    snippet: '',
    bodyText: 'due in 6 days',
    bodyTruncated: false,
    startAt: new Date('2026-01-14T09:15:00Z'),
    endAt: new Date('2026-01-14T09:30:00Z'),
    allDay: false,
    headers: {},
    links: [],
    attachments: [],
    data: { icalUid: 'uid-1', timezone: 'Europe/London' },
  };

  it('moves the dates and nothing else, without touching the original', () => {
    const moved = shiftItem(base, 2 * DAY);
    expect(moved.startAt?.toISOString()).toBe('2026-01-16T09:15:00.000Z');
    expect(moved.endAt?.toISOString()).toBe('2026-01-16T09:30:00.000Z');
    expect(base.startAt?.toISOString()).toBe('2026-01-14T09:15:00.000Z');
    const { startAt: _s, endAt: _e, ...rest } = moved;
    const { startAt: _bs, endAt: _be, ...baseRest } = base;
    expect(rest).toEqual(baseRest);
    expect('receivedAt' in moved).toBe(false);
  });

  it('moves receivedAt of a mail', () => {
    const mail: NormalisedItem = {
      ...base,
      kind: 'email',
      startAt: undefined,
      endAt: undefined,
      receivedAt: new Date('2026-01-14T07:52:40Z'),
    };
    const moved = shiftItem(mail, -3 * DAY - HOUR);
    expect(moved.receivedAt?.toISOString()).toBe('2026-01-11T06:52:40.000Z');
    expect(moved.startAt).toBeUndefined();
    expect(moved.calendarPart).toBeUndefined();
  });

  const invitation = [
    'BEGIN:VCALENDAR',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    'UID:workshop@example.org',
    'DTSTAMP:20260112T153219Z',
    'DTSTART;TZID=Europe/London:20260115T130000',
    'DTEND;TZID=Europe/London:20260115T140000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:offsite@example.org',
    'DTSTART;VALUE=DATE:20260116',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it("moves the dates inside a mail's calendar part with the mail, without touching the original", () => {
    const mail: NormalisedItem = {
      ...base,
      kind: 'email',
      startAt: undefined,
      endAt: undefined,
      receivedAt: new Date('2026-01-12T15:32:19Z'),
      calendarPart: invitation,
    };
    const moved = shiftItem(mail, 2 * DAY);
    expect(moved.receivedAt?.toISOString()).toBe('2026-01-14T15:32:19.000Z');
    expect(moved.calendarPart).toContain('DTSTAMP:20260114T153219Z\r\n');
    expect(moved.calendarPart).toContain('DTSTART;TZID=Europe/London:20260117T130000\r\n');
    expect(moved.calendarPart).toContain('DTSTART;VALUE=DATE:20260118\r\n');
    expect(mail.calendarPart).toBe(invitation);
  });

  it('moves all-day dates by the days it is given, not by the rounded milliseconds', () => {
    const now = new Date('2026-01-14T12:00:00Z');
    const mail: NormalisedItem = { ...base, kind: 'email', calendarPart: invitation };
    const moved = shiftItem(
      mail,
      sampleShiftMs(now, 'Pacific/Kiritimati'),
      sampleShiftDays(now, 'Pacific/Kiritimati'),
    );
    expect(moved.calendarPart).toContain('DTSTART;VALUE=DATE:20260117\r\n');
    expect(moved.calendarPart).toContain('DTSTART;TZID=Europe/London:20260115T230000\r\n');
  });
});
