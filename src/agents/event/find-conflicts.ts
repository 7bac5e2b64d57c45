import type { AgentItem } from '../agent-item.js';
import { formatClock, formatDay, formatInstant } from './event-time.js';

export interface EventConflict {
  title: string;
  /** ISO with offset, in the time zone asked for. */
  start: string;
  end: string;
}

export interface ConflictQuery {
  start: Date;
  end: Date;
  timeZone: string;
  /** The proposed event's own UID: an event never conflicts with itself. */
  icalUid?: string | undefined;
  /** The provider id of an event being changed. */
  eventId?: string | undefined;
}

function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * All-day events (holidays, "working from home", birthdays) do not block time
 * unless the source says they do; cancelled and free (transparent) events never do.
 */
function blocksTime(event: AgentItem): boolean {
  const status = stringField(event.data, 'status')?.toLowerCase();
  if (status === 'cancelled') return false;
  const transparency = stringField(event.data, 'transparency')?.toLowerCase();
  if (transparency === 'transparent') return false;
  if (event.allDay) return transparency === 'opaque' || event.data.busy === true;
  return true;
}

/** Existing calendar events overlapping [start, end), earliest first. */
export function findConflicts(query: ConflictQuery, calendar: AgentItem[]): EventConflict[] {
  const startMs = query.start.getTime();
  const endMs = query.end.getTime();
  const seen = new Set<string>();
  return calendar
    .filter((event) => {
      if (event.kind !== 'event' || !event.startAt || !event.endAt) return false;
      if (query.eventId !== undefined && event.externalId === query.eventId) return false;
      if (query.icalUid !== undefined && stringField(event.data, 'icalUid') === query.icalUid) return false;
      if (!blocksTime(event)) return false;
      return event.startAt.getTime() < endMs && startMs < event.endAt.getTime();
    })
    .sort((a, b) => (a.startAt?.getTime() ?? 0) - (b.startAt?.getTime() ?? 0))
    .filter((event) => {
      // Expanded calendars can hold the same event twice (two accounts, one invite).
      const key = `${event.subject}|${event.startAt?.getTime()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((event) => ({
      title: event.subject.trim() || '(no title)',
      start: formatInstant(event.startAt as Date, query.timeZone),
      end: formatInstant(event.endAt as Date, query.timeZone),
    }));
}

/** "conflicts with Team stand-up 10:00-10:15 and 1 more", for a card title. */
export function describeConflicts(conflicts: EventConflict[], timeZone: string, dayOf?: Date): string {
  const first = conflicts[0];
  if (!first) return '';
  const start = new Date(first.start);
  const end = new Date(first.end);
  const sameDay = dayOf === undefined || formatDay(start, timeZone) === formatDay(dayOf, timeZone);
  const when = `${sameDay ? '' : `${formatDay(start, timeZone)} `}${formatClock(start, timeZone)}-${formatClock(end, timeZone)}`;
  const more = conflicts.length > 1 ? ` and ${conflicts.length - 1} more` : '';
  return `conflicts with ${first.title} ${when}${more}`;
}
