/**
 * Turns the model's "due" (an ISO date, or a date-time with or without an
 * offset) into an instant. A bare date means "by the end of that day" (the
 * user's workday end when given, else 23:59) in the user's time zone; a local
 * date-time is read in that zone too.
 */
import { wallTimeToInstant } from '../../domain/time/local-time.js';

const isoDue =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDueDate(value: string, timezone: string, workdayEnd = '23:59'): Date | undefined {
  const text = value.trim();
  const match = isoDue.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (h === undefined) {
    const [endHour = 23, endMinute = 59] = workdayEnd.split(':').map(Number);
    return wallTimeToInstant({ year, month, day, hour: endHour, minute: endMinute }, timezone);
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  if (offset !== undefined) {
    const date = new Date(text.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return wallTimeToInstant({ year, month, day, hour: Number(h), minute: Number(mi) }, timezone);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
