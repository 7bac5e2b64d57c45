import { describe, expect, it } from 'vitest';
import { parseDueDate } from './parse-due-date.js';

describe('parseDueDate', () => {
  it('reads a bare date as the end of that day in the user zone', () => {
    expect(parseDueDate('2025-11-28', 'Europe/London')).toEqual(new Date('2025-11-28T23:59:00Z'));
    expect(parseDueDate('2025-11-28', 'America/New_York', '17:00')).toEqual(new Date('2025-11-28T22:00:00Z'));
  });

  it('reads local and offset date-times', () => {
    expect(parseDueDate('2025-07-01T09:30', 'Europe/Paris')).toEqual(new Date('2025-07-01T07:30:00Z'));
    expect(parseDueDate('2025-07-01T09:30:00+02:00', 'UTC')).toEqual(new Date('2025-07-01T07:30:00Z'));
    expect(parseDueDate('2025-07-01T09:30:00Z', 'Asia/Tokyo')).toEqual(new Date('2025-07-01T09:30:00Z'));
  });

  it('rejects impossible or unreadable dates', () => {
    expect(parseDueDate('2025-02-30', 'UTC')).toBeUndefined();
    expect(parseDueDate('2025-13-01', 'UTC')).toBeUndefined();
    expect(parseDueDate('2025-01-01T25:00', 'UTC')).toBeUndefined();
    expect(parseDueDate('next Friday', 'UTC')).toBeUndefined();
  });
});
