/**
 * The occurrences an RRULE and RDATEs generate, before EXDATEs and overrides.
 * Keys name an occurrence by its original start (ISO instant, or YYYY-MM-DD
 * for all-day events) so overrides and EXDATEs can find it.
 */
import type { VEvent } from 'node-ical';
import { isValidTimeZone, wallTimeToInstant } from '../../domain/time/local-time.js';
import { day, hour, span, type Timing } from './event-timing.js';
import { dateKey, hostLocalDate, parseIcsStamp } from './ics-dates.js';
import { icsList, icsParams, icsText, parseIcsDuration } from './ics-values.js';

export interface Occurrence {
  key: string;
  start: Date;
  end: Date;
}

// rrule-temporal gives up after 10,000 steps per call: walk sub-daily rules in slices,
// and list short COUNT rules whole instead of slicing through years after their end.
const sliceMs: Record<string, number> = { SECONDLY: hour, MINUTELY: day };

function ruleDates(
  rule: NonNullable<VEvent['rrule']>,
  window: { from: Date; to: Date },
  limit: number,
): Date[] {
  const { count, until, freq } = rule.options as { count?: number; until?: Date; freq?: string };
  if (count !== undefined && count <= limit) {
    return rule.all().filter((d) => d >= window.from && d <= window.to);
  }
  const end = Math.min(
    window.to.getTime(),
    until instanceof Date ? until.getTime() : Number.POSITIVE_INFINITY,
  );
  const step = sliceMs[String(freq)] ?? end - window.from.getTime();
  const out: Date[] = [];
  for (let t = window.from.getTime(); t <= end && out.length <= limit; t += step + 1) {
    out.push(...rule.between(new Date(t), new Date(Math.min(t + step, end)), true));
  }
  return out;
}

export function ruleOccurrences(
  master: VEvent,
  timing: Timing,
  window: { from: Date; to: Date },
  limit: number,
): Occurrence[] {
  if (!master.rrule) return [];
  return ruleDates(master.rrule, window, limit).map((date) => {
    if (!timing.allDay) return { key: date.toISOString(), ...span(date, timing) };
    const local = hostLocalDate(date);
    return { key: dateKey(local), ...span(local, timing) };
  });
}

export function rdateOccurrences(master: VEvent, timing: Timing): Occurrence[] {
  const out: Occurrence[] = [];
  for (const entry of icsList(master.rdate)) {
    const tzid = icsParams(entry).TZID;
    const zone = tzid && isValidTimeZone(tzid) ? tzid : timing.zone;
    for (const piece of (icsText(entry) ?? '').split(',')) {
      const [startText = '', endText] = piece.split('/');
      const stamp = parseIcsStamp(startText);
      if (!stamp) continue;
      if (timing.allDay) {
        out.push({ key: dateKey(stamp.wall), ...span(stamp.wall, timing) });
        continue;
      }
      const start = wallTimeToInstant(stamp.wall, stamp.utc ? 'UTC' : zone, 'second');
      const occurrence = { key: start.toISOString(), ...span(start, timing) };
      const endStamp = endText ? parseIcsStamp(endText) : undefined;
      const durationMs = endText && !endStamp ? parseIcsDuration(endText) : undefined;
      if (endStamp) occurrence.end = wallTimeToInstant(endStamp.wall, endStamp.utc ? 'UTC' : zone, 'second');
      else if (durationMs !== undefined) occurrence.end = new Date(start.getTime() + durationMs);
      out.push(occurrence);
    }
  }
  return out;
}
