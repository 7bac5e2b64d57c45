import { describe, expect, it } from 'vitest';
import { formatShortInZone, timeZoneOffsetMinutes, zonedWallTimeToInstant } from './zoned-time.js';

describe('zoned time', () => {
  it('knows the offset on either side of a DST change', () => {
    expect(timeZoneOffsetMinutes(new Date('2026-03-07T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(timeZoneOffsetMinutes(new Date('2026-03-09T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('turns wall-clock time into the right instant', () => {
    const wall = { year: 2026, month: 7, day: 1, hour: 9, minute: 15 };
    expect(zonedWallTimeToInstant(wall, 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:15:00.000Z');
    expect(zonedWallTimeToInstant(wall, 'Asia/Kolkata').toISOString()).toBe('2026-07-01T03:45:00.000Z');
  });

  it('moves a time in the spring-forward gap forward and takes the first of a repeated hour', () => {
    const gap = { year: 2026, month: 3, day: 8, hour: 2, minute: 30 };
    expect(zonedWallTimeToInstant(gap, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    const overlap = { year: 2026, month: 11, day: 1, hour: 1, minute: 30 };
    expect(zonedWallTimeToInstant(overlap, 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('formats a short local date', () => {
    expect(formatShortInZone(new Date('2026-03-06T22:00:00Z'), 'America/New_York')).toBe('Fri 6 Mar, 17:00');
  });
});
