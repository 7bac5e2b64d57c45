/**
 * When an event starts and how long it lasts: all-day events in calendar days
 * (local midnight in the user's zone), timed events in milliseconds.
 */
import type { DateWithTimeZone, VEvent } from 'node-ical';
import { addCalendarDays, type CalendarDate, calendarDaysBetween } from '../../domain/time/calendar-date.js';
import { isValidTimeZone, localMidnight, localPartsOf } from '../../domain/time/local-time.js';
import { hostLocalDate } from './ics-dates.js';

export interface Timing {
  allDay: boolean;
  /** The zone that decides calendar days for this event. */
  zone: string;
  durationMs: number;
  durationDays: number;
}

export const hour = 3_600_000;
export const day = 86_400_000;

export type IcsDate = DateWithTimeZone;

export function isAllDay(event: VEvent): boolean {
  return event.datetype === 'date' || Boolean(event.start?.dateOnly);
}

export function zoneOf(date: IcsDate | undefined, fallback: string): string {
  const tz = date?.tz;
  return tz && isValidTimeZone(tz) ? tz : fallback;
}

export function calendarDateOf(date: IcsDate, zone: string): CalendarDate {
  return date.dateOnly ? hostLocalDate(date) : localPartsOf(date, zoneOf(date, zone));
}

export function timingOf(event: VEvent, defaultTimezone: string): Timing {
  const allDay = isAllDay(event);
  const zone = allDay ? defaultTimezone : zoneOf(event.start, defaultTimezone);
  const start = event.start;
  const end = event.end;
  if (allDay) {
    const days = end ? calendarDaysBetween(calendarDateOf(start, zone), calendarDateOf(end, zone)) : 1;
    return { allDay, zone, durationMs: 0, durationDays: days > 0 ? days : 1 };
  }
  const ms = end ? end.getTime() - start.getTime() : 0;
  // No DTEND and no DURATION: node-ical sets end = start; we show an hour instead.
  const durationMs = ms > 0 ? ms : ms === 0 && event.duration === undefined ? hour : 0;
  return { allDay, zone, durationMs, durationDays: 0 };
}

export function span(start: CalendarDate | Date, timing: Timing): { start: Date; end: Date } {
  if (start instanceof Date) return { start, end: new Date(start.getTime() + timing.durationMs) };
  return {
    // To the second, as the ICS parser always was (see OffsetPrecision).
    start: localMidnight(start, timing.zone, 'second'),
    end: localMidnight(addCalendarDays(start, timing.durationDays), timing.zone, 'second'),
  };
}
