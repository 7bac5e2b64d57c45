/** The user's working hours on one date, as instants, and whether the date is a working day at all. */
import { addDays, isoWeekdayOf, minutesOfTime, zonedTimeToInstant } from '../../domain/time/local-time.js';
import type { AgentUser } from '../agent.js';
import type { Interval } from './free-slots.js';

const DEFAULT_START = '09:00';
const DEFAULT_END = '17:00';

function validTime(time: string): boolean {
  try {
    minutesOfTime(time);
    return true;
  } catch {
    return false;
  }
}

/** Working hours on `date`; a night shift ("22:00"-"06:00") ends the next morning. */
export function workWindow(date: string, user: AgentUser): { window: Interval; problem: string | undefined } {
  const ok = validTime(user.workdayStart) && validTime(user.workdayEnd);
  const startTime = ok ? user.workdayStart : DEFAULT_START;
  const endTime = ok ? user.workdayEnd : DEFAULT_END;
  const overnight = minutesOfTime(endTime) <= minutesOfTime(startTime);
  const start = zonedTimeToInstant(date, startTime, user.timezone).getTime();
  const end = zonedTimeToInstant(overnight ? addDays(date, 1) : date, endTime, user.timezone).getTime();
  const problem = ok
    ? undefined
    : `working hours "${user.workdayStart}-${user.workdayEnd}" unreadable, using 09:00-17:00`;
  return { window: { start, end }, problem };
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Saturday is not a working day", or undefined on a working day. */
export function nonWorkingDay(date: string, workdays: number[]): string | undefined {
  const weekday = isoWeekdayOf(date);
  return workdays.includes(weekday) ? undefined : `${weekdayNames[weekday - 1]} is not a working day`;
}
