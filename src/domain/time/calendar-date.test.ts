import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, parseLocalDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('parses YYYY-MM-DD and rejects other shapes', () => {
    expect(parseLocalDate('2026-03-29')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(() => parseLocalDate('29/03/2026')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-3-29')).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(addCalendarDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addCalendarDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it('counts whole days between dates, whatever else the objects carry', () => {
    expect(calendarDaysBetween({ year: 2026, month: 1, day: 14 }, { year: 2026, month: 3, day: 2 })).toBe(47);
    expect(calendarDaysBetween({ year: 2026, month: 3, day: 2 }, { year: 2026, month: 1, day: 14 })).toBe(
      -47,
    );
    const withTime = { year: 2026, month: 3, day: 29, hour: 23, minute: 59 };
    expect(calendarDaysBetween({ year: 2026, month: 3, day: 28 }, withTime)).toBe(1);
  });
});
