import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatOffsetIso,
  isoWeekdayOf,
  isValidTimeZone,
  localDateOf,
  localDayBounds,
  localMidnight,
  localPartsOf,
  localTimeOf,
  minutesOfTime,
  offsetMinutesAt,
  wallTimeToInstant,
  zonedTimeToInstant,
} from './local-time.js';

const london = 'Europe/London';
const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe('local time helpers', () => {
  it('reads local date and time across midnight', () => {
    const instant = new Date('2026-06-30T23:30:00Z');
    expect(localDateOf(instant, london)).toBe('2026-07-01');
    expect(localTimeOf(instant, london)).toBe('00:30');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-06-30');
    expect(localTimeOf(instant, 'America/New_York')).toBe('19:30');
  });

  it('formats ISO strings with the zone offset', () => {
    expect(formatOffsetIso(new Date('2026-01-15T09:00:00Z'), london)).toBe('2026-01-15T09:00:00+00:00');
    expect(formatOffsetIso(new Date('2026-07-15T08:00:00Z'), london)).toBe('2026-07-15T09:00:00+01:00');
    expect(formatOffsetIso(new Date('2026-07-15T08:00:00Z'), 'America/Los_Angeles')).toBe(
      '2026-07-15T01:00:00-07:00',
    );
    expect(formatOffsetIso(new Date('2026-07-15T08:00:00Z'), 'Asia/Kathmandu')).toBe(
      '2026-07-15T13:45:00+05:45',
    );
    const iso = formatOffsetIso(new Date('2026-03-29T08:00:00Z'), london);
    expect(Date.parse(iso)).toBe(Date.parse('2026-03-29T08:00:00Z'));
  });

  it('converts local times to instants on ordinary days', () => {
    expect(zonedTimeToInstant('2026-01-15', '09:00', london).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-15', '09:00', london).toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(zonedTimeToInstant('2026-07-15', '09:00', 'Australia/Sydney').toISOString()).toBe(
      '2026-07-14T23:00:00.000Z',
    );
  });

  it('handles the spring-forward day in London (last Sunday of March)', () => {
    const day = '2026-03-29';
    expect(isoWeekdayOf(day)).toBe(7);
    expect(zonedTimeToInstant(day, '00:30', london).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // 01:30 does not exist: it resolves to 02:30 BST.
    expect(zonedTimeToInstant(day, '01:30', london).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localTimeOf(zonedTimeToInstant(day, '01:30', london), london)).toBe('02:30');
    expect(zonedTimeToInstant(day, '09:00', london).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    const { start, end } = localDayBounds(day, london);
    expect(hours(start, end)).toBe(23);
    expect(offsetMinutesAt(start, london)).toBe(0);
    expect(offsetMinutesAt(end, london)).toBe(60);
  });

  it('handles the fall-back day in London (last Sunday of October)', () => {
    const day = '2026-10-25';
    expect(isoWeekdayOf(day)).toBe(7);
    // 01:30 happens twice: the first (BST) one wins.
    expect(zonedTimeToInstant(day, '01:30', london).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedTimeToInstant(day, '09:00', london).toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(formatOffsetIso(zonedTimeToInstant(day, '09:00', london), london)).toBe(
      '2026-10-25T09:00:00+00:00',
    );
    const { start, end } = localDayBounds(day, london);
    expect(hours(start, end)).toBe(25);
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isoWeekdayOf('2026-03-30')).toBe(1);
    expect(isoWeekdayOf('2026-04-04')).toBe(6);
    expect(minutesOfTime('17:30')).toBe(1050);
    expect(minutesOfTime('24:00')).toBe(1440);
    expect(() => minutesOfTime('9am')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('29/03/2026', '09:00', london)).toThrow(RangeError);
  });

  it('reads the wall-clock fields of an instant', () => {
    expect(localPartsOf(new Date('2026-03-29T01:00:00Z'), london)).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 2,
      minute: 0,
      second: 0,
    });
  });

  it('reads the same fields as formatToParts, in odd zones and far-off years too', () => {
    const instants = [
      '0001-01-01T00:00:00Z',
      '0999-12-31T23:59:59Z',
      '1900-01-01T00:00:00Z',
      '1971-06-01T00:44:29Z',
      '2026-10-25T00:59:59Z',
      '9999-12-31T23:59:59Z',
    ].map((iso) => new Date(iso));
    instants.push(new Date(-62_200_000_000_000), new Date(253_500_000_000_000));
    for (const zone of ['Europe/London', 'Africa/Monrovia', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      for (const instant of instants) {
        const values = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
        const { year, month, day, hour, minute, second } = values;
        expect(localPartsOf(instant, zone)).toEqual({ year, month, day, hour, minute, second });
      }
    }
  });

  it('knows which time zones exist', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone(null)).toBe(false);
  });
});

// Moved from src/agents/triage/zoned-time.test.ts (due dates are built from wall-clock fields).
describe('zoned time', () => {
  it('knows the offset on either side of a DST change', () => {
    expect(offsetMinutesAt(new Date('2026-03-07T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutesAt(new Date('2026-03-09T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('turns wall-clock time into the right instant', () => {
    const wall = { year: 2026, month: 7, day: 1, hour: 9, minute: 15 };
    expect(wallTimeToInstant(wall, 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:15:00.000Z');
    expect(wallTimeToInstant(wall, 'Asia/Kolkata').toISOString()).toBe('2026-07-01T03:45:00.000Z');
  });

  it('moves a time in the spring-forward gap forward and takes the first of a repeated hour', () => {
    const gap = { year: 2026, month: 3, day: 8, hour: 2, minute: 30 };
    expect(wallTimeToInstant(gap, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    const overlap = { year: 2026, month: 11, day: 1, hour: 1, minute: 30 };
    expect(wallTimeToInstant(overlap, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('rolls fields over like Date.UTC', () => {
    const wall = { year: 2026, month: 1, day: 31, hour: 24, minute: 30 };
    expect(wallTimeToInstant(wall, london).toISOString()).toBe('2026-02-01T00:30:00.000Z');
  });

  it('handles a transition that is not on a quarter hour (Casey changes at 00:01)', () => {
    // 2020-10-04 00:01 +08 became 03:01 +11 at 16:01 UTC.
    expect(offsetMinutesAt(new Date('2020-10-03T16:00:59Z'), 'Antarctica/Casey')).toBe(480);
    expect(offsetMinutesAt(new Date('2020-10-03T16:01:07Z'), 'Antarctica/Casey')).toBe(660);
    const wall = { year: 2020, month: 10, day: 4, hour: 3, minute: 1 };
    expect(wallTimeToInstant(wall, 'Antarctica/Casey').toISOString()).toBe('2020-10-03T16:01:00.000Z');
  });

  it('keeps the seconds of a local-mean-time offset only when asked to', () => {
    // Dublin Mean Time was -00:25:21 until 1916.
    const wall = { year: 1910, month: 6, day: 1, hour: 12, minute: 0 };
    expect(wallTimeToInstant(wall, 'Europe/Dublin').toISOString()).toBe('1910-06-01T12:25:00.000Z');
    expect(wallTimeToInstant(wall, 'Europe/Dublin', 'second').toISOString()).toBe('1910-06-01T12:25:21.000Z');
    const withSeconds = { ...wall, second: 9 };
    expect(wallTimeToInstant(withSeconds, 'Europe/Dublin', 'second').toISOString()).toBe(
      '1910-06-01T12:25:30.000Z',
    );
    // Today's offsets are whole minutes: both precisions agree.
    const summer = { year: 2026, month: 7, day: 1, hour: 9, minute: 15, second: 42 };
    expect(wallTimeToInstant(summer, london, 'second').toISOString()).toBe('2026-07-01T08:15:42.000Z');
    expect(wallTimeToInstant(summer, london).toISOString()).toBe('2026-07-01T08:15:42.000Z');
  });

  it('finds local midnight, even where a DST jump skips it', () => {
    expect(localMidnight({ year: 2026, month: 7, day: 1 }, london).toISOString()).toBe(
      '2026-06-30T23:00:00.000Z',
    );
    // Santiago springs forward at midnight: the day starts at 01:00 -03.
    const santiago = localMidnight({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    expect(santiago.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localTimeOf(santiago, 'America/Santiago')).toBe('01:00');
    expect(localMidnight({ year: 1971, month: 6, day: 1 }, 'Africa/Monrovia', 'second').toISOString()).toBe(
      '1971-06-01T00:44:30.000Z',
    );
  });
});
