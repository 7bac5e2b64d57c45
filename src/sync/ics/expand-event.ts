/**
 * Turns one parsed VEVENT (master plus its RECURRENCE-ID overrides) into the
 * instances that start in [from, to): RRULE and RDATE occurrences, minus
 * EXDATEs, each replaced by its override when there is one. All-day dates
 * become local midnight in the user's zone. node-ical only parses; we do not
 * use its expandRecurringEvent because it ignores RDATE and reads all-day
 * dates in the host's zone.
 */
import type { VEvent } from 'node-ical';
import { localPartsOf } from '../../domain/time/local-time.js';
import {
  calendarDateOf,
  day,
  hour,
  type IcsDate,
  isAllDay,
  span,
  type Timing,
  timingOf,
} from './event-timing.js';
import { dateKey, hostLocalDate } from './ics-dates.js';
import { type Occurrence, rdateOccurrences, ruleOccurrences } from './occurrences.js';

export interface EventInstance {
  /** Original start: ISO instant, or YYYY-MM-DD when all-day; undefined for a one-off event. */
  key: string | undefined;
  start: Date;
  end: Date;
  allDay: boolean;
  /** Where this instance's properties live: its override, or the master. */
  source: VEvent;
}

export interface ExpandOptions {
  from: Date;
  to: Date;
  defaultTimezone: string;
  maxInstances: number;
}

function exdateKeys(master: VEvent, timing: Timing): Set<string> {
  const keys = new Set<string>();
  for (const ex of new Set(Object.values(master.exdate ?? {}))) {
    if (!(ex instanceof Date)) continue;
    if (timing.allDay) keys.add(dateKey(calendarDateOf(ex, timing.zone)));
    else if (ex.dateOnly) keys.add(`day:${dateKey(hostLocalDate(ex))}`);
    else keys.add(ex.toISOString());
  }
  return keys;
}

function overrideKey(rid: IcsDate, timing: Timing): string {
  if (timing.allDay) return dateKey(calendarDateOf(rid, timing.zone));
  return rid.dateOnly ? `day:${dateKey(hostLocalDate(rid))}` : rid.toISOString();
}

function dayKey(start: Date, timing: Timing): string {
  return `day:${dateKey(localPartsOf(start, timing.zone))}`;
}

function overrideSpan(override: VEvent, master: Timing, defaultTimezone: string): { start: Date; end: Date } {
  if (isAllDay(override)) {
    const own = timingOf(override, defaultTimezone);
    return span(calendarDateOf(override.start, own.zone), own);
  }
  const ownEnd = override.end?.getTime() ?? 0;
  const start = override.start;
  return {
    start,
    end:
      ownEnd > start.getTime() ? new Date(ownEnd) : new Date(start.getTime() + (master.durationMs || hour)),
  };
}

export function expandEvent(
  master: VEvent,
  options: ExpandOptions,
): { instances: EventInstance[]; truncated: boolean } {
  const { from, to, defaultTimezone } = options;
  const timing = timingOf(master, defaultTimezone);
  const inRange = (i: { start: Date }) => i.start >= from && i.start < to;
  const rdates = rdateOccurrences(master, timing);
  const overrides = new Set(Object.values(master.recurrences ?? {})) as Set<VEvent>;

  if (!master.rrule && rdates.length === 0) {
    if (master.recurrenceid === undefined) {
      const single = { key: undefined, ...overrideSpan(master, timing, defaultTimezone) };
      return {
        instances: inRange(single) ? [{ ...single, allDay: timing.allDay, source: master }] : [],
        truncated: false,
      };
    }
    // Only RECURRENCE-ID instances (an invitation to one occurrence): node-ical made the first the master.
    if (overrides.size === 0) overrides.add(master);
  }

  // All-day dates shift by up to a day between zones: look a little wider, filter exactly below.
  const pad = timing.allDay ? 2 * day : 0;
  const padded = { from: new Date(from.getTime() - pad), to: new Date(to.getTime() + pad) };
  const occurrences = new Map<string, Occurrence>();
  // RFC 5545: DTSTART is the first instance of an RDATE set; with an RRULE it counts only if it matches.
  if (!master.rrule && rdates.length > 0) {
    const key = overrideKey(master.start, timing);
    occurrences.set(key, { key, ...overrideSpan(master, timing, defaultTimezone) });
  }
  for (const o of ruleOccurrences(master, timing, padded, options.maxInstances + 1))
    occurrences.set(o.key, o);
  for (const o of rdates) if (!occurrences.has(o.key)) occurrences.set(o.key, o);

  const excluded = exdateKeys(master, timing);
  const byKey = new Map<string, VEvent>();
  for (const o of overrides) if (o.recurrenceid) byKey.set(overrideKey(o.recurrenceid, timing), o);
  // A DATE EXDATE or RECURRENCE-ID on a timed series matches by day; rare, and costly to check.
  const byDay = !timing.allDay && [...excluded, ...byKey.keys()].some((k) => k.startsWith('day:'));
  const isExcluded = (key: string, start: Date) =>
    excluded.has(key) || (byDay && excluded.has(dayKey(start, timing)));

  const instances: EventInstance[] = [];
  for (const o of occurrences.values()) {
    if (isExcluded(o.key, o.start)) continue;
    const override = byKey.get(o.key) ?? (byDay ? byKey.get(dayKey(o.start, timing)) : undefined);
    if (override) byKey.delete(override.recurrenceid ? overrideKey(override.recurrenceid, timing) : o.key);
    const s = override ? overrideSpan(override, timing, defaultTimezone) : o;
    instances.push({
      key: o.key,
      ...s,
      allDay: override ? isAllDay(override) : timing.allDay,
      source: override ?? master,
    });
  }
  // Overrides whose original slot lies outside the window (or is not generated) but moved into it.
  for (const [key, override] of byKey) {
    if (key.startsWith('day:') || isExcluded(key, override.start)) continue;
    const s = overrideSpan(override, timing, defaultTimezone);
    instances.push({ key, ...s, allDay: isAllDay(override), source: override });
  }

  const selected = instances.filter(inRange).sort((a, b) => a.start.getTime() - b.start.getTime());
  const truncated = selected.length > options.maxInstances;
  return { instances: truncated ? selected.slice(0, options.maxInstances) : selected, truncated };
}
