/**
 * The fixed events of the planned day: the blocks the plan shows for them,
 * the time they take (with a buffer either side), and whether one of them
 * makes the whole day a day off.
 */
import type { PlanBlock } from '../../domain/plan.js';
import { allDayCovers, allDayDates } from '../../domain/time/all-day-dates.js';
import { formatOffsetIso } from '../../domain/time/local-time.js';
import type { AgentContext } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import type { Interval } from './free-slots.js';
import { EVENT_BUFFER_MINUTES, MAX_TITLE_CHARS } from './planner-rules.js';
import { clip } from './task-shape.js';

/** All-day events that mean the user is not working. */
const dayOffPattern =
  /\b(out of (the )?office|ooo|vacation|holidays?|annual leave|parental leave|on leave|day off|pto|sick( day| leave)?)\b/i;

/** Words that start a leave title without naming a person ("Annual leave", "Bank holiday"). */
const leaveQualifiers = new Set([
  'annual',
  'public',
  'bank',
  'parental',
  'sick',
  'out',
  'on',
  'day',
  'company',
  'office',
  'team',
  'studio',
  'my',
  'vacation',
  'holiday',
  'holidays',
  'ooo',
  'pto',
]);

/**
 * "Annual leave" or "OOO" is the user's day off; "Priya on leave" is a
 * colleague's, shown in a shared calendar, and must not empty the user's plan.
 */
export function isOwnDayOff(title: string, userName: string): boolean {
  if (!dayOffPattern.test(title)) return false;
  const first = /^\s*([A-Z][\p{L}'-]+)/u.exec(title)?.[1];
  if (!first) return true;
  const word = first.toLowerCase().replace(/'s$/, '');
  if (leaveQualifiers.has(word)) return true;
  return userName.toLowerCase().split(/\s+/).includes(word);
}

export interface DayEvents {
  blocks: PlanBlock[];
  busy: Interval[];
  /** Title of an all-day "out of office" style event, if any. */
  dayOff: string | undefined;
}

function isCancelled(event: AgentItem): boolean {
  return String(event.data.status ?? '').toLowerCase() === 'cancelled';
}

/** The user declined it: it does not take their time. */
function isDeclined(event: AgentItem, addresses: string[]): boolean {
  const attendees = Array.isArray(event.data.attendees) ? (event.data.attendees as unknown[]) : [];
  const own = new Set(addresses.map((a) => a.toLowerCase()));
  return attendees.some((a) => {
    const attendee = a as { email?: unknown; status?: unknown };
    return (
      typeof attendee.email === 'string' &&
      own.has(attendee.email.toLowerCase()) &&
      String(attendee.status).toLowerCase() === 'declined'
    );
  });
}

export function dayEvents(context: AgentContext, date: string, day: { start: Date; end: Date }): DayEvents {
  const timeZone = context.user.timezone;
  const bufferMs = EVENT_BUFFER_MINUTES * 60_000;
  const result: DayEvents = { blocks: [], busy: [], dayOff: undefined };
  for (const event of context.calendar) {
    if (event.kind !== 'event' || !event.startAt) continue;
    if (isCancelled(event) || isDeclined(event, context.user.addresses)) continue;
    const start = event.startAt.getTime();
    const end = Math.max(event.endAt?.getTime() ?? start, start);
    const title = clip(event.subject || '(untitled event)', MAX_TITLE_CHARS);
    if (event.allDay) {
      if (!allDayCovers(allDayDates(event.startAt, event.endAt, timeZone), date)) continue;
      if (!result.dayOff && isOwnDayOff(event.subject, context.user.displayName)) result.dayOff = title;
      result.blocks.push({
        title,
        start: formatOffsetIso(day.start, timeZone),
        end: formatOffsetIso(day.end, timeZone),
        allDay: true,
        kind: 'event',
        itemId: event.id,
        weatherNote: context.analyses.weather.byEvent.get(event.id),
      });
      continue;
    }
    const onDay = start < day.end.getTime() && (end > day.start.getTime() || start >= day.start.getTime());
    if (!onDay) continue;
    result.busy.push({ start: start - bufferMs, end: end + bufferMs });
    result.blocks.push({
      title,
      start: formatOffsetIso(new Date(start), timeZone),
      end: formatOffsetIso(new Date(end), timeZone),
      kind: 'event',
      itemId: event.id,
      weatherNote: context.analyses.weather.byEvent.get(event.id),
    });
  }
  return result;
}
