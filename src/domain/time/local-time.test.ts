import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatOffsetIso,
  isoWeekdayOf,
  localDateOf,
  localDayBounds,
  localTimeOf,
  minutesOfTime,
  offsetMinutesAt,
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
});
