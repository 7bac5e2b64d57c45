/**
 * Turns one invitation event into at most one proposal: a new UID becomes a
 * create, a known UID with a new time, place or name an update, a CANCEL of a
 * known UID a delete. Stale updates (an older SEQUENCE than the stored event)
 * and events already over propose nothing.
 */
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { AgentItem } from '../agent-item.js';
import {
  createEventProposal,
  deleteEventProposal,
  type ProposalScope,
  updateEventProposal,
} from './event-proposals.js';
import type { InvitationEvent } from './invitation.js';
import { plainLine } from './meeting-details.js';

function existingEvents(uid: string, calendar: AgentItem[]): AgentItem[] {
  return calendar
    .filter((e) => e.kind === 'event' && e.data.icalUid === uid && e.startAt)
    .sort((a, b) => (a.startAt?.getTime() ?? 0) - (b.startAt?.getTime() ?? 0));
}

/** The stored event the invitation speaks about: same start, else the next one ahead. */
function matchingEvent(event: InvitationEvent, candidates: AgentItem[], now: Date): AgentItem | undefined {
  return (
    candidates.find((e) => e.startAt?.getTime() === event.start.getTime()) ??
    candidates.find((e) => (e.endAt ?? e.startAt ?? now) > now) ??
    candidates.at(-1)
  );
}

function organizerLabel(event: InvitationEvent): string {
  return plainLine(event.organizer.name || event.organizer.email || 'the organizer', 120);
}

function shortDescription(event: InvitationEvent): string {
  const organizer = event.organizer.email
    ? `${organizerLabel(event)} <${event.organizer.email}>`
    : organizerLabel(event);
  const lines = [`Invitation from ${organizer}.`];
  if (event.repeats)
    lines.push(event.repeats === 'repeats' ? 'A recurring series.' : `Repeats ${event.repeats}.`);
  if (event.conferenceUrl) lines.push(`Join: ${event.conferenceUrl}`);
  return lines.join('\n');
}

export function invitationProposal(
  event: InvitationEvent,
  item: AgentItem,
  context: { now: Date; ownAddresses: string[] },
  scope: ProposalScope,
): ProposalDraft | undefined {
  const existing = matchingEvent(event, existingEvents(event.uid, scope.calendar), context.now);
  const cancelled = event.method === 'CANCEL' || event.status === 'cancelled';
  const meta = { itemId: item.id, discriminator: event.uid, timezone: event.timezone };

  if (cancelled) {
    if (!existing) return undefined;
    return deleteEventProposal(existing, { ...meta, reason: `Cancelled by ${organizerLabel(event)}` }, scope);
  }
  if (event.method !== 'REQUEST' && event.method !== 'PUBLISH') return undefined;
  if (event.end.getTime() <= context.now.getTime()) return undefined;

  const title = event.repeats ? `${event.title} (${event.repeats})` : event.title;
  if (existing) {
    const storedSequence = Number(existing.data.sequence ?? Number.NaN);
    if (Number.isFinite(storedSequence) && storedSequence > event.sequence) return undefined;
    return updateEventProposal(
      existing,
      {
        title: existing.subject.trim(),
        start: existing.startAt as Date,
        end: existing.endAt ?? (existing.startAt as Date),
        location: existing.location ?? undefined,
      },
      // The stored title may carry our own "(weekly)" suffix: compare the invitation's.
      {
        title: existing.subject.trim() === title ? title : event.title,
        start: event.start,
        end: event.end,
        location: event.location,
      },
      { ...meta, icalUid: event.uid },
      scope,
    );
  }
  const own = new Set(context.ownAddresses.map((a) => a.toLowerCase()));
  return createEventProposal(
    {
      // A series is created as one, so "(weekly)" goes on the card, not into the event's name.
      title: event.series ? event.title : title,
      start: event.start,
      end: event.end,
      timezone: event.timezone,
      allDay: event.allDay,
      location: event.location ?? event.conferenceUrl,
      attendees: event.attendees.filter((a) => !own.has(a)),
      description: shortDescription(event),
      icalUid: event.uid,
      series: event.series ? { ...event.series, label: event.repeats ?? 'repeats' } : undefined,
    },
    { itemId: item.id, discriminator: event.uid, cardLead: 'Add to calendar: ' },
    scope,
  );
}
