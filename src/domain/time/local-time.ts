/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl: local
 * dates and times of an instant, the instant of a local time (DST gaps and
 * overlaps resolved like Temporal's "compatible"), and ISO strings carrying
 * the zone's offset. Dates are "YYYY-MM-DD", times "HH:MM"; wallTimeToInstant
 * and localMidnight take numbers, for callers that already hold fields
 * (chrono results, ICS stamps). Formatting for people is in format-local.ts.
 */
import { type CalendarDate, parseLocalDate } from './calendar-date.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows `timeZone` as an IANA zone (or an alias such as "UTC"). */
export function isValidTimeZone(timeZone: string | undefined | null): timeZone is string {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What `formatterFor` writes for years 1-9999: "MM/DD/YYYY, HH:MM:SS". */
const usualReading = /^(\d{2})\/(\d{2})\/(\d{1,4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The wall-clock reading of `instant` in `timeZone`. */
export function localPartsOf(instant: Date, timeZone: string): LocalParts {
  const formatter = formatterFor(timeZone);
  // format() is several times cheaper than formatToParts(), which builds an object per field.
  const usual = usualReading.exec(formatter.format(instant));
  if (usual) {
    return {
      year: Number(usual[3]),
      month: Number(usual[1]),
      day: Number(usual[2]),
      hour: Number(usual[4]),
      minute: Number(usual[5]),
      second: Number(usual[6]),
    };
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/**
 * How offsets are compared when a wall time is turned into an instant.
 * 'minute' rounds them to whole minutes, as ISO strings and chrono carry
 * them. 'second' keeps the seconds of local mean time before a zone adopted
 * standard time (Dublin was -00:25:21 until 1916, Monrovia -00:44:30 until
 * 1972). The ICS parser and the sample shift always worked to the second, so
 * an old DTSTART in such a zone lands on the second tzdb gives; the rest of
 * the app works in minutes. The two agree whenever the offset is a whole
 * number of minutes, i.e. in every zone since 1972.
 */
export type OffsetPrecision = 'minute' | 'second';

/** Offset in milliseconds at `ms` (floored to the second), at `precision`. */
function offsetMsAt(ms: number, timeZone: string, precision: OffsetPrecision): number {
  const p = localPartsOf(new Date(ms), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = asUtc - Math.floor(ms / 1000) * 1000;
  return precision === 'second' ? offset : Math.round(offset / MINUTE_MS) * MINUTE_MS;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (London summer: 60). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  return Math.round(offsetMsAt(instant.getTime(), timeZone, 'second') / MINUTE_MS);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** "YYYY-MM-DD" of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = localPartsOf(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "HH:MM" of `instant` in `timeZone`. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const p = localPartsOf(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant as ISO 8601 with the zone's offset: 2026-03-29T09:00:00+01:00. */
export function formatOffsetIso(instant: Date, timeZone: string): string {
  const p = localPartsOf(instant, timeZone);
  const offset = offsetMinutesAt(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Minutes since midnight of "HH:MM" (accepts "24:00" as the end of the day). */
export function minutesOfTime(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new RangeError(`expected HH:MM, got "${time}"`);
  }
  return hours * 60 + minutes;
}

/** A wall-clock reading as numbers (month 1-12). Fields out of range roll over as in Date.UTC. */
export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second?: number;
}

/**
 * The instant at which the wall clock in `timeZone` reads `wall`.
 * A time skipped by a DST jump resolves to the same distance after the jump
 * (01:30 on London's spring-forward day is 02:30 BST); a repeated time
 * resolves to its first occurrence. RFC 5545 asks the same of ICS times.
 */
export function wallTimeToInstant(
  wall: WallTime,
  timeZone: string,
  precision: OffsetPrecision = 'minute',
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // Offsets a day either side bracket any single transition near this time.
  const before = offsetMsAt(asUtc - DAY_MS, timeZone, precision);
  const after = offsetMsAt(asUtc + DAY_MS, timeZone, precision);
  const candidates = [asUtc - before, asUtc - after].filter(
    (t) => offsetMsAt(t, timeZone, precision) + t === asUtc,
  );
  if (candidates.length === 0) return new Date(asUtc - before);
  return new Date(Math.min(...candidates));
}

/** Local midnight at the start of `date` in `timeZone` (see wallTimeToInstant for DST days). */
export function localMidnight(
  date: CalendarDate,
  timeZone: string,
  precision: OffsetPrecision = 'minute',
): Date {
  return wallTimeToInstant({ ...date, hour: 0, minute: 0, second: 0 }, timeZone, precision);
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`
 * ("YYYY-MM-DD", "HH:MM"; malformed strings throw a RangeError), resolved as
 * in wallTimeToInstant.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const calendarDate = parseLocalDate(date);
  const minutes = minutesOfTime(time);
  return wallTimeToInstant(
    { ...calendarDate, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    timeZone,
  );
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseLocalDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: Monday 1 .. Sunday 7. */
export function isoWeekdayOf(date: string): number {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The local day as instants: [midnight, next midnight). 23 or 25 hours long on DST days. */
export function localDayBounds(date: string, timeZone: string): { start: Date; end: Date } {
  return {
    start: zonedTimeToInstant(date, '00:00', timeZone),
    end: zonedTimeToInstant(addDays(date, 1), '00:00', timeZone),
  };
}
