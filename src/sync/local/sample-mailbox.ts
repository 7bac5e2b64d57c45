/**
 * The bundled sample (samples/mailbox.mbox and samples/calendar.ics) and its
 * time frame. The sample is written as one week in London around
 * SAMPLE_TODAY; on import every date is moved so that the sample's today is
 * the user's today and the sample's wall-clock times stay the user's
 * wall-clock times (a 09:15 stand-up shows at 09:15 in any zone, summer or
 * winter). The item's dates and the dates inside its calendar part (a mail's
 * invitation) move; bodies are not rewritten, so the sample's mail speaks of
 * days relative to its own Date ("due in 6 days", "tomorrow at 15:00").
 */
import { join } from 'node:path';
import { AppError } from '../../domain/errors.js';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { type CalendarDate, calendarDaysBetween, parseLocalDate } from '../../domain/time/calendar-date.js';
import { isValidTimeZone, localPartsOf, wallTimeToInstant } from '../../domain/time/local-time.js';
import { samplesDir } from '../../paths.js';
import { shiftIcsDates } from './shift-ics-dates.js';

/** The sample's "today", a Wednesday: mail runs up to that morning, the calendar covers its Monday to Sunday. */
export const SAMPLE_TODAY = '2026-01-14';
/** The zone the sample's wall-clock times are written in. */
export const SAMPLE_TIMEZONE = 'Europe/London';
/** Monday and the following Monday of the sample week, as local dates in SAMPLE_TIMEZONE. */
export const SAMPLE_WEEK = { from: '2026-01-12', to: '2026-01-19' } as const;

export const sampleMailboxPath = join(samplesDir, 'mailbox.mbox');
export const sampleCalendarPath = join(samplesDir, 'calendar.ics');

/**
 * The user's "today". Their zone comes from configuration, so a zone Intl
 * does not know is a configuration error, not a bug.
 */
function localToday(now: Date, timeZone: string): CalendarDate {
  try {
    return localPartsOf(now, timeZone);
  } catch (cause) {
    if (isValidTimeZone(timeZone)) throw cause;
    throw new AppError('CONFIG_INVALID', `Unknown time zone "${timeZone}"`, {
      userMessage: `The time zone "${timeZone}" is not a known IANA zone (for example Europe/London).`,
      cause,
    });
  }
}

function sampleDate(value: string): CalendarDate {
  try {
    return parseLocalDate(value);
  } catch {
    throw new AppError('INVALID_INPUT', `Not a YYYY-MM-DD date: "${value}"`);
  }
}

/**
 * The instant at which `timeZone` shows `hour`:00 on `date`, with offsets to
 * the second as this module always had them. It used to subtract the offset
 * twice, which settles any hour outside a clock change but resolves a skipped
 * or repeated hour its own way. The hours used here (midnight in London, noon
 * in the user's zone) fall in no clock change in tzdb after 1925 (the last:
 * noon in Havana on 1925-07-19), so the shared DST rule gives the same instants.
 */
function zonedInstant(date: CalendarDate, hour: number, timeZone: string): number {
  return wallTimeToInstant({ ...date, hour, minute: 0, second: 0 }, timeZone, 'second').getTime();
}

/** Instant of the start of a sample-week date ("YYYY-MM-DD" in SAMPLE_TIMEZONE), before any shift. */
export function sampleDayStart(date: string): Date {
  return new Date(zonedInstant(sampleDate(date), 0, SAMPLE_TIMEZONE));
}

/**
 * Milliseconds to add to every sample date so that SAMPLE_TODAY in London
 * lands on today in `timezone`: a whole number of days plus the difference of
 * the two zones' offsets, so times of day are kept. Both days are pinned at
 * local noon, not midnight: clocks change at night, so on a DST Sunday the
 * day's mail and meetings still keep their times.
 */
export function sampleShiftMs(now: Date, timezone: string): number {
  const today = localToday(now, timezone);
  return zonedInstant(today, 12, timezone) - zonedInstant(sampleDate(SAMPLE_TODAY), 12, SAMPLE_TIMEZONE);
}

/**
 * Calendar days from SAMPLE_TODAY to today in `timezone`: what all-day dates
 * and floating times move by. Rounding sampleShiftMs to days gives the same
 * number except in zones 13 or more hours ahead of London (New Zealand in
 * summer, Tonga, Kiritimati), where the offset is over half a day.
 */
export function sampleShiftDays(now: Date, timezone: string): number {
  const today = localToday(now, timezone);
  return calendarDaysBetween(sampleDate(SAMPLE_TODAY), today);
}

/**
 * A shallow copy with receivedAt, startAt, endAt and the dates inside
 * calendarPart moved by `shiftMs` (all-day and floating ICS values by
 * `shiftDays`, see sampleShiftDays); nothing else changes.
 */
export function shiftItem(
  item: NormalisedItem,
  shiftMs: number,
  shiftDays: number = Math.round(shiftMs / 86_400_000),
): NormalisedItem {
  const copy: NormalisedItem = { ...item };
  if (item.receivedAt) copy.receivedAt = new Date(item.receivedAt.getTime() + shiftMs);
  if (item.startAt) copy.startAt = new Date(item.startAt.getTime() + shiftMs);
  if (item.endAt) copy.endAt = new Date(item.endAt.getTime() + shiftMs);
  if (item.calendarPart) copy.calendarPart = shiftIcsDates(item.calendarPart, shiftMs, shiftDays);
  return copy;
}
