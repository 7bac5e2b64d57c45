/**
 * Builds the three calendar proposals the event agent makes. Card titles are
 * one plain line in the user's time zone; payload times carry the event's
 * own zone and offset; overlapping events are listed and named on the card.
 */
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { AgentItem } from '../agent-item.js';
import { formatInstant, formatSpan } from './event-time.js';
import { describeConflicts, findConflicts } from './find-conflicts.js';
import { plainLine } from './meeting-details.js';

export interface ProposalScope {
  /** The user's zone: card titles and conflict times. */
  userTimeZone: string;
  calendar: AgentItem[];
  accountId: string | undefined;
}

type DraftOf<K extends ProposalDraft['kind']> = Extract<ProposalDraft, { kind: K }>;

export interface NewEvent {
  title: string;
  start: Date;
  end: Date;
  timezone: string;
  allDay: boolean;
  location: string | undefined;
  attendees: string[];
  description: string | undefined;
  icalUid: string | undefined;
  /** A series: its first occurrence and rule lines; start/end above are then the next instance. */
  series?: { start: Date; end: Date; lines: string[]; label: string } | undefined;
}

function withConflictNote(title: string, note: string): string {
  return plainLine(note ? `${title}; ${note}` : title, 300);
}

export function createEventProposal(
  event: NewEvent,
  meta: { itemId: string; discriminator: string; cardLead: string },
  scope: ProposalScope,
): DraftOf<'create_calendar_event'> {
  const conflicts = event.allDay
    ? []
    : findConflicts(
        { start: event.start, end: event.end, timeZone: scope.userTimeZone, icalUid: event.icalUid },
        scope.calendar,
      );
  const span = formatSpan(event.start, event.end, scope.userTimeZone, event.allDay);
  return {
    kind: 'create_calendar_event',
    itemId: meta.itemId,
    discriminator: meta.discriminator,
    title: withConflictNote(
      `${meta.cardLead}${event.title}${event.series ? ` (${event.series.label}, next` : ','} ${span}${event.series ? ')' : ''}`,
      describeConflicts(conflicts, scope.userTimeZone, event.start),
    ),
    payload: {
      ...(scope.accountId ? { accountId: scope.accountId } : {}),
      title: plainLine(event.title, 1024),
      start: formatInstant(event.series?.start ?? event.start, event.timezone),
      end: formatInstant(event.series?.end ?? event.end, event.timezone),
      timezone: event.timezone,
      allDay: event.allDay,
      ...(event.location ? { location: plainLine(event.location, 1024) } : {}),
      attendees: event.attendees,
      ...(event.description ? { description: event.description.slice(0, 1000) } : {}),
      ...(event.icalUid ? { icalUid: event.icalUid } : {}),
      recurrence: event.series?.lines ?? [],
      conflicts,
    },
  };
}

export interface EventFields {
  title: string;
  start: Date;
  end: Date;
  location: string | undefined;
}

export function updateEventProposal(
  existing: AgentItem,
  before: EventFields,
  after: EventFields,
  meta: { itemId: string; discriminator: string; timezone: string; icalUid: string | undefined },
  scope: ProposalScope,
): DraftOf<'update_calendar_event'> | undefined {
  const tz = meta.timezone;
  const changes: Record<string, string> = {};
  const said: string[] = [];
  if (after.title !== before.title) {
    changes.title = plainLine(after.title, 1024);
    said.push(`renamed to ${changes.title}`);
  }
  const moved =
    after.start.getTime() !== before.start.getTime() || after.end.getTime() !== before.end.getTime();
  if (moved) {
    changes.start = formatInstant(after.start, tz);
    changes.end = formatInstant(after.end, tz);
    said.push(`moved to ${formatSpan(after.start, after.end, scope.userTimeZone)}`);
  }
  if (after.location && after.location !== (before.location ?? '')) {
    changes.location = plainLine(after.location, 1024);
    said.push(`location now ${changes.location}`);
  }
  if (said.length === 0) return undefined;
  const conflicts = moved
    ? findConflicts(
        {
          start: after.start,
          end: after.end,
          timeZone: scope.userTimeZone,
          icalUid: meta.icalUid,
          eventId: existing.externalId,
        },
        scope.calendar,
      )
    : [];
  return {
    kind: 'update_calendar_event',
    itemId: meta.itemId,
    discriminator: meta.discriminator,
    title: withConflictNote(
      `Update ${before.title}: ${said.join(', ')}`,
      describeConflicts(conflicts, scope.userTimeZone, after.start),
    ),
    payload: {
      ...(scope.accountId ? { accountId: scope.accountId } : {}),
      eventId: existing.externalId,
      timezone: tz,
      before: {
        title: before.title,
        start: formatInstant(before.start, tz),
        end: formatInstant(before.end, tz),
        ...(before.location ? { location: before.location } : {}),
      },
      changes,
      conflicts,
    },
  };
}

export function deleteEventProposal(
  existing: AgentItem,
  meta: { itemId: string; discriminator: string; timezone: string; reason: string },
  scope: ProposalScope,
): DraftOf<'delete_calendar_event'> {
  const start = existing.startAt ?? new Date(0);
  const end = existing.endAt ?? start;
  const title = plainLine(existing.subject, 200) || '(no title)';
  return {
    kind: 'delete_calendar_event',
    itemId: meta.itemId,
    discriminator: meta.discriminator,
    title: plainLine(
      `Remove ${title}, ${formatSpan(start, end, scope.userTimeZone, existing.allDay)}: ${meta.reason.charAt(0).toLowerCase()}${meta.reason.slice(1)}`,
      300,
    ),
    payload: {
      ...(scope.accountId ? { accountId: scope.accountId } : {}),
      eventId: existing.externalId,
      title,
      start: formatInstant(start, meta.timezone),
      reason: plainLine(meta.reason, 500),
    },
  };
}
