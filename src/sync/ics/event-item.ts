/**
 * One event instance as a NormalisedItem. Only what describes the meeting goes
 * in: no DTSTAMP or LAST-MODIFIED, which feeds rewrite on every fetch and would
 * make every re-import look like a change.
 */
import type { VEvent } from 'node-ical';
import type { EventData, EventSeries, NormalisedItem } from '../../domain/items/normalised-item.js';
import type { EventInstance } from './expand-event.js';
import { attendeesOf, icsText, organizerOf } from './ics-values.js';

export const maxDescriptionChars = 20_000;

export type IcsEventData = EventData & { sequence?: number | undefined; method?: string | undefined };

function snippetOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function statusOf(event: VEvent): string | undefined {
  const status = icsText(event.status)?.trim().toLowerCase();
  return status || undefined;
}

/** The RRULE as rrule-temporal normalised it (UNTIL in UTC), without its DTSTART line. */
export function recurrenceOf(master: VEvent): string | undefined {
  return master.rrule ? /RRULE:([^\n]*)/.exec(master.rrule.toString())?.[1] : undefined;
}

export function eventItem(
  master: VEvent,
  instance: EventInstance,
  context: {
    uid: string;
    method: string | undefined;
    timezone: string;
    recurrence: string | undefined;
    series: EventSeries | undefined;
  },
): NormalisedItem {
  const source = instance.source;
  const pick = (name: keyof VEvent) => icsText(source[name]) ?? icsText(master[name]);
  const description = pick('description') ?? '';
  const subject = (pick('summary') ?? '').trim();
  const organizer = organizerOf(source.organizer ?? master.organizer);
  const attendees = attendeesOf(source.attendee ?? master.attendee);
  const sequence = Number(source.sequence ?? master.sequence);
  const data: IcsEventData = {
    organizer: organizer?.email,
    attendees,
    icalUid: context.uid,
    recurrence: context.recurrence,
    ...(context.series ? { series: context.series } : {}),
    status: statusOf(source) ?? statusOf(master),
    timezone: context.timezone,
    sequence: Number.isFinite(sequence) ? sequence : undefined,
    method: context.method,
  };
  const bodyText = description.slice(0, maxDescriptionChars);
  return {
    kind: 'event',
    externalId: instance.key === undefined ? context.uid : `${context.uid}#${instance.key}`,
    threadId: context.uid,
    fromAddress: organizer?.email,
    fromName: organizer?.name,
    toAddresses: attendees.map((a) => a.email),
    ccAddresses: [],
    subject,
    snippet: snippetOf(description || subject),
    bodyText,
    bodyTruncated: description.length > bodyText.length,
    startAt: instance.start,
    endAt: instance.end,
    allDay: instance.allDay,
    location: pick('location')?.trim() || undefined,
    headers: {},
    links: [],
    attachments: [],
    data,
  };
}
