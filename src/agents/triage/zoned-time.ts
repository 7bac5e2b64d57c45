/**
 * Wall-clock time in an IANA zone <-> instants, with Intl only. chrono-node
 * takes a fixed offset, which is wrong across a DST change, so due dates are
 * rebuilt from their wall-clock fields here.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/** The zone's wall-clock fields at an instant. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime & { second: number } {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

// Zones change offset only on quarter-hour boundaries, so one answer serves a quarter hour.
const quarterHourMs = 15 * 60_000;
const offsetCache = new Map<string, number>();
const offsetCacheLimit = 10_000;

/** Offset of the zone from UTC at an instant, in minutes (east positive, e.g. +60 for Paris in winter). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const quarter = Math.floor(instant.getTime() / quarterHourMs);
  const key = `${timeZone}|${quarter}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const start = new Date(quarter * quarterHourMs);
  const w = wallTimeAt(start, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const offset = Math.round((asUtc - start.getTime()) / 60_000);
  if (offsetCache.size >= offsetCacheLimit) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/**
 * The instant a wall-clock time in the zone stands for. In a DST gap the time
 * moves forward by the gap; in an overlap the earlier instant wins.
 */
export function zonedWallTimeToInstant(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // A zone changes offset at most once a day: the offsets a day either side cover every case.
  const before = timeZoneOffsetMinutes(new Date(asUtc - DAY_MS), timeZone);
  const after = timeZoneOffsetMinutes(new Date(asUtc + DAY_MS), timeZone);
  let best: number | undefined;
  for (const offset of [before, after]) {
    const candidate = asUtc - offset * 60_000;
    if (timeZoneOffsetMinutes(new Date(candidate), timeZone) !== offset) continue;
    if (best === undefined || candidate < best) best = candidate;
  }
  return new Date(best ?? asUtc - before * 60_000);
}

const DAY_MS = 86_400_000;

const shortFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Fri 6 Mar, 17:00" in the zone: for reason lines and draft text. */
export function formatShortInZone(instant: Date, timeZone: string): string {
  let formatter = shortFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    shortFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}
