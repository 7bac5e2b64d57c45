/**
 * The event agent's view of time: local wall clocks to instants and back
 * (through src/domain/time/local-time.ts), and the short spans printed on
 * proposal cards ("Tue 24 Nov 15:00-15:30").
 */
import { formatShortDate } from '../../domain/time/format-local.js';
import { localPartsOf, localTimeOf, zonedTimeToInstant } from '../../domain/time/local-time.js';

export {
  formatOffsetIso as formatInstant,
  isValidTimeZone,
  localPartsOf,
  offsetMinutesAt,
} from '../../domain/time/local-time.js';

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The instant at which clocks in `timeZone` show `wall`. */
export function instantFromWallClock(wall: WallClock, timeZone: string): Date {
  return zonedTimeToInstant(
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    `${pad(wall.hour)}:${pad(wall.minute)}`,
    timeZone,
  );
}

/** "Tue 24 Nov" in `timeZone`, without the comma some ICU versions put after the weekday. */
export function formatDay(instant: Date, timeZone: string): string {
  return formatShortDate(instant, timeZone).replace(',', '');
}

/** "15:00" in `timeZone`. */
export const formatClock = localTimeOf;

/** "Tue 24 Nov 15:00-15:30", across midnight "Tue 24 Nov 23:00 - Wed 25 Nov 01:00". */
export function formatSpan(start: Date, end: Date, timeZone: string, allDay = false): string {
  const startDay = formatDay(start, timeZone);
  if (allDay) return `${startDay} (all day)`;
  const endDay = formatDay(end, timeZone);
  if (startDay === endDay) return `${startDay} ${formatClock(start, timeZone)}-${formatClock(end, timeZone)}`;
  return `${startDay} ${formatClock(start, timeZone)} - ${endDay} ${formatClock(end, timeZone)}`;
}

/** Local calendar fields of an instant, for chrono's reference. */
export function localDateOfInstant(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number } {
  const parts = localPartsOf(instant, timeZone);
  return { year: parts.year, month: parts.month, day: parts.day };
}
