/**
 * Reading ICS date values into calendar fields, and the keys occurrences are
 * known by. Zone arithmetic (wall time <-> instant) is src/domain/time's.
 */
import type { CalendarDate } from '../../domain/time/calendar-date.js';
import type { LocalParts } from '../../domain/time/local-time.js';

/** node-ical builds DATE values as host-local midnight: read them back with local getters. */
export function hostLocalDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * "YYYY-MM-DD" naming an all-day occurrence. It ends up in stored external
 * ids ("uid#2026-01-16"), so its form stays as it is: the year is not padded,
 * unlike localDateOf's.
 */
export function dateKey(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Parses "YYYYMMDD" or "YYYYMMDDTHHMMSS[Z]". */
export function parseIcsStamp(
  value: string,
): { wall: LocalParts; utc: boolean; dateOnly: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?(Z)?$/.exec(value.trim());
  if (!m) return undefined;
  const wall: LocalParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  return { wall, utc: m[7] === 'Z' && m[4] !== undefined, dateOnly: m[4] === undefined };
}
