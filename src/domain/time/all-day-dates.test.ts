import { describe, expect, it } from 'vitest';
import { allDayCovers, allDayDates } from './all-day-dates.js';

describe('allDayDates', () => {
  it('reads an event stored at local midnight as local dates', () => {
    const dates = allDayDates(
      new Date('2026-06-09T23:00:00Z'),
      new Date('2026-06-10T23:00:00Z'),
      'Europe/London',
    );
    expect(dates).toEqual({ first: '2026-06-10', endExclusive: '2026-06-11' });
  });

  it('reads an event stored at UTC midnight as UTC dates, even west of UTC', () => {
    const dates = allDayDates(
      new Date('2026-06-10T00:00:00Z'),
      new Date('2026-06-12T00:00:00Z'),
      'America/New_York',
    );
    expect(dates).toEqual({ first: '2026-06-10', endExclusive: '2026-06-12' });
    expect(allDayCovers(dates, '2026-06-09')).toBe(false);
    expect(allDayCovers(dates, '2026-06-11')).toBe(true);
    expect(allDayCovers(dates, '2026-06-12')).toBe(false);
  });

  it('covers one day when the end is missing or not after the start', () => {
    expect(allDayDates(new Date('2026-06-10T00:00:00Z'), null, 'Europe/London')).toEqual({
      first: '2026-06-10',
      endExclusive: '2026-06-11',
    });
  });
});
