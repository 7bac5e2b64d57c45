/** The weather note for one calendar event that is outdoors or involves travel. */

import { allDayDates } from '../../domain/time/all-day-dates.js';
import { addDays, zonedTimeToInstant } from '../../domain/time/local-time.js';
import type { AgentItem } from '../agent-item.js';
import { exposureOf } from './event-exposure.js';
import type { ForecastHour } from './forecast-hours.js';
import { hoursBetween } from './forecast-hours.js';
import { conditionLabels, conditionsIn, hoursWith, measure } from './hour-conditions.js';
import { TRAVEL_LEAD_MINUTES } from './weather-thresholds.js';

const MAX_TITLE = 80;
/** An all-day outdoor event is exposed during daylight, not at 3 am. */
const ALL_DAY_FROM = '08:00';
const ALL_DAY_TO = '20:00';

export function isCancelled(event: AgentItem): boolean {
  return String(event.data.status ?? '').toLowerCase() === 'cancelled';
}

/** The span during which the weather matters to the event, epoch ms. */
export function exposedSpan(event: AgentItem, timeZone: string): { from: number; to: number } | undefined {
  if (!event.startAt) return undefined;
  const end = event.endAt ?? event.startAt;
  if (event.allDay) {
    const { first, endExclusive } = allDayDates(event.startAt, event.endAt, timeZone);
    const last = addDays(endExclusive, -1);
    return {
      from: zonedTimeToInstant(first, ALL_DAY_FROM, timeZone).getTime(),
      to: zonedTimeToInstant(last, ALL_DAY_TO, timeZone).getTime(),
    };
  }
  return { from: event.startAt.getTime(), to: Math.max(end.getTime(), event.startAt.getTime() + 1) };
}

function shortTitle(subject: string): string {
  const title = subject.trim().replace(/\s+/g, ' ') || 'this event';
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/**
 * "Rain expected (3 mm/h) during Team run in the park"; undefined when the
 * event is indoors, cancelled, or the weather around it is unremarkable.
 */
export function eventWeatherNote(
  event: AgentItem,
  hours: ForecastHour[],
  timeZone: string,
): string | undefined {
  if (event.kind !== 'event' || isCancelled(event)) return undefined;
  const exposure = exposureOf(event);
  const span = exposedSpan(event, timeZone);
  if (!exposure || !span) return undefined;
  const from = exposure === 'travel' ? span.from - TRAVEL_LEAD_MINUTES * 60_000 : span.from;
  const around = hoursBetween(hours, from, span.to);
  const conditions = conditionsIn(around);
  if (conditions.length === 0) return undefined;

  const phrases = conditions.map((condition, i) => {
    const value = measure(condition, hoursWith(condition, around));
    const label =
      i === 0 ? `${conditionLabels[condition]} expected` : conditionLabels[condition].toLowerCase();
    return value ? `${label} (${value})` : label;
  });
  const list = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
  const title = shortTitle(event.subject);
  return exposure === 'travel' ? `${list} around ${title}: allow extra time` : `${list} during ${title}`;
}
