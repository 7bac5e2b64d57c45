/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl: local
 * dates and times of an instant, the instant of a local time (DST gaps and
 * overlaps resolved like Temporal's "compatible"), and ISO strings carrying
 * the zone's offset. Dates are "YYYY-MM-DD", times "HH:MM".
 */

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

/** The wall-clock reading of `instant` in `timeZone`. */
export function localPartsOf(instant: Date, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
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

/** Offset of `timeZone` from UTC at `instant`, in minutes (London summer: 60). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const p = localPartsOf(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MINUTE_MS);
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

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`expected YYYY-MM-DD, got "${date}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
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

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`.
 * A time skipped by a DST jump resolves to the same distance after the jump
 * (01:30 on London's spring-forward day is 02:30 BST); a repeated time
 * resolves to its first occurrence.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const { year, month, day } = parseDate(date);
  const wall = Date.UTC(year, month - 1, day) + minutesOfTime(time) * MINUTE_MS;
  // Offsets a day either side bracket any single transition near this time.
  const before = offsetMinutesAt(new Date(wall - DAY_MS), timeZone);
  const after = offsetMinutesAt(new Date(wall + DAY_MS), timeZone);
  const candidates = [wall - before * MINUTE_MS, wall - after * MINUTE_MS].filter(
    (t) => offsetMinutesAt(new Date(t), timeZone) * MINUTE_MS + t === wall,
  );
  if (candidates.length === 0) return new Date(wall - before * MINUTE_MS);
  return new Date(Math.min(...candidates));
}

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: Monday 1 .. Sunday 7. */
export function isoWeekdayOf(date: string): number {
  const { year, month, day } = parseDate(date);
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
