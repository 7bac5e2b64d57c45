/**
 * The calendar dates an all-day event covers. Sources store them either at
 * local midnight (our ICS sync) or at UTC midnight (APIs that send a bare
 * date); reading a UTC-midnight start in a zone west of UTC would shift the
 * event to the day before, so such starts are read as UTC dates.
 */
import { addDays, localDateOf, localTimeOf } from './local-time.js';

function dateOf(instant: Date, timeZone: string): string {
  const iso = instant.toISOString();
  const utcMidnight = iso.endsWith('T00:00:00.000Z');
  if (utcMidnight && localTimeOf(instant, timeZone) !== '00:00') return iso.slice(0, 10);
  return localDateOf(instant, timeZone);
}

/** First date and the date after the last one ([first, endExclusive)); at least one day. */
export function allDayDates(
  startAt: Date,
  endAt: Date | null,
  timeZone: string,
): { first: string; endExclusive: string } {
  const first = dateOf(startAt, timeZone);
  const end = endAt ? dateOf(endAt, timeZone) : first;
  return { first, endExclusive: end > first ? end : addDays(first, 1) };
}

export function allDayCovers(dates: { first: string; endExclusive: string }, date: string): boolean {
  return dates.first <= date && date < dates.endExclusive;
}
