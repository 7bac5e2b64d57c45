/**
 * Where a recurring series begins and which dates it skips, as the organiser
 * wrote them. A calendar writer recreates the series from its first
 * occurrence plus the rule; starting it at the next instance instead would
 * shift a COUNT-limited rule and lose earlier exceptions.
 */
import type { VEvent } from 'node-ical';
import type { EventSeries } from '../../domain/items/normalised-item.js';
import { calendarDateOf, span, timingOf } from './event-timing.js';
import { dateKey, hostLocalDate } from './ics-dates.js';

export function seriesOf(master: VEvent, defaultTimezone: string): EventSeries {
  const timing = timingOf(master, defaultTimezone);
  const first = span(timing.allDay ? calendarDateOf(master.start, timing.zone) : master.start, timing);
  const exdates = new Set<string>();
  for (const ex of new Set(Object.values(master.exdate ?? {}))) {
    if (!(ex instanceof Date)) continue;
    if (timing.allDay) exdates.add(dateKey(calendarDateOf(ex, timing.zone)));
    else if (ex.dateOnly) exdates.add(dateKey(hostLocalDate(ex)));
    else exdates.add(ex.toISOString());
  }
  return {
    start: first.start.toISOString(),
    end: first.end.toISOString(),
    exdates: [...exdates].sort(),
  };
}
