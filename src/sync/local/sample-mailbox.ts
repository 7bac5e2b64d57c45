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

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
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
    } catch (cause) {
      throw new AppError('CONFIG_INVALID', `Unknown time zone "${timeZone}"`, {
        userMessage: `The time zone "${timeZone}" is not a known IANA zone (for example Europe/London).`,
        cause,
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall clock at `ms` in `timeZone`, read back as if it were UTC. */
function wallClockAsUtc(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

function localDateAt(ms: number, timeZone: string): LocalDate {
  const wall = new Date(wallClockAsUtc(ms, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

function parseLocalDate(value: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new AppError('INVALID_INPUT', `Not a YYYY-MM-DD date: "${value}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * The instant at which `timeZone` shows `hour`:00 on `date`. Two rounds of
 * "subtract the offset in force" settle it for any hour not inside a DST jump.
 */
function zonedInstant(date: LocalDate, hour: number, timeZone: string): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour);
  const offsetAt = (ms: number) => wallClockAsUtc(ms, timeZone) - Math.floor(ms / 1000) * 1000;
  const first = wallAsUtc - offsetAt(wallAsUtc);
  return wallAsUtc - offsetAt(first);
}

/** Instant of the start of a sample-week date ("YYYY-MM-DD" in SAMPLE_TIMEZONE), before any shift. */
export function sampleDayStart(date: string): Date {
  return new Date(zonedInstant(parseLocalDate(date), 0, SAMPLE_TIMEZONE));
}

/**
 * Milliseconds to add to every sample date so that SAMPLE_TODAY in London
 * lands on today in `timezone`: a whole number of days plus the difference of
 * the two zones' offsets, so times of day are kept. Both days are pinned at
 * local noon, not midnight: clocks change at night, so on a DST Sunday the
 * day's mail and meetings still keep their times.
 */
export function sampleShiftMs(now: Date, timezone: string): number {
  const today = localDateAt(now.getTime(), timezone);
  return zonedInstant(today, 12, timezone) - zonedInstant(parseLocalDate(SAMPLE_TODAY), 12, SAMPLE_TIMEZONE);
}

/**
 * Calendar days from SAMPLE_TODAY to today in `timezone`: what all-day dates
 * and floating times move by. Rounding sampleShiftMs to days gives the same
 * number except in zones 13 or more hours ahead of London (New Zealand in
 * summer, Tonga, Kiritimati), where the offset is over half a day.
 */
export function sampleShiftDays(now: Date, timezone: string): number {
  const today = localDateAt(now.getTime(), timezone);
  const sample = parseLocalDate(SAMPLE_TODAY);
  return Math.round(
    (Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(sample.year, sample.month - 1, sample.day)) /
      86_400_000,
  );
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
