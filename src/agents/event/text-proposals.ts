/**
 * A create proposal for a meeting found in a mail's text (by the heuristics
 * or the model). The discriminator is a hash of the start, so two times
 * offered in one mail are two proposals and a re-run finds the same ones.
 */
import { createHash } from 'node:crypto';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { AgentContext } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { createEventProposal, type ProposalScope } from './event-proposals.js';
import { attendeesFor, meetingTitle, plainLine } from './meeting-details.js';

export interface MeetingInput {
  start: Date;
  end: Date;
  location: string | undefined;
  /** Meeting, Call, Lunch... for a made-up title. */
  kind?: string | undefined;
  /** A title chosen elsewhere (the model's), else one is made up. */
  title?: string | undefined;
  attendees?: string[] | undefined;
  statedMinutes?: number | undefined;
  statedZone?: string | undefined;
}

export function startDiscriminator(start: Date): string {
  return `text:${createHash('sha256').update(start.toISOString()).digest('hex').slice(0, 16)}`;
}

/** The same meeting is already in the calendar: same start, and the sender is on it. */
function alreadyScheduled(start: Date, sender: string | null, calendar: AgentItem[]): boolean {
  const who = sender?.toLowerCase();
  return calendar.some((event) => {
    if (event.kind !== 'event' || event.startAt?.getTime() !== start.getTime()) return false;
    const attendees = Array.isArray(event.data.attendees)
      ? (event.data.attendees as Array<{ email?: unknown }>)
      : [];
    return attendees.some((a) => typeof a.email === 'string' && a.email.toLowerCase() === who);
  });
}

function description(item: AgentItem, meeting: MeetingInput, defaultMinutes: number): string {
  const sender = plainLine(item.fromName || item.fromAddress || 'the sender', 80);
  const subject = plainLine(item.subject, 120);
  const lines = [`Proposed by ${sender}${subject ? ` in "${subject}"` : ''}.`];
  if (meeting.statedZone) lines.push(`Time given as ${meeting.statedZone} in the mail.`);
  if (meeting.statedMinutes === undefined && meeting.title === undefined) {
    lines.push(`No length stated: ${defaultMinutes} minutes assumed.`);
  }
  return lines.join('\n');
}

export function textMeetingProposal(
  item: AgentItem,
  meeting: MeetingInput,
  context: AgentContext,
  scope: ProposalScope,
): ProposalDraft | undefined {
  if (alreadyScheduled(meeting.start, item.fromAddress, context.calendar)) return undefined;
  const attendees = meeting.attendees ?? attendeesFor(item, context.user.addresses);
  return createEventProposal(
    {
      title: meeting.title ?? meetingTitle(item, meeting.kind ?? 'Meeting', attendees),
      start: meeting.start,
      end: meeting.end,
      timezone: context.user.timezone,
      allDay: false,
      location: meeting.location,
      attendees,
      description: description(item, meeting, context.preferences.meetingMinutes),
      icalUid: undefined,
    },
    { itemId: item.id, discriminator: startDiscriminator(meeting.start), cardLead: '' },
    scope,
  );
}
