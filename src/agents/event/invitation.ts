/**
 * Reads the text/calendar part of an invitation mail (REQUEST, CANCEL) into
 * one entry per event UID. A recurring invitation expands to many instances;
 * the agent proposes the series once, so instances collapse to the next one
 * still ahead (or the first, when all are past) plus a note of the rule.
 */
import { z } from 'zod';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { parseIcs } from '../../sync/ics/parse-ics.js';
import type { AgentItem } from '../agent-item.js';
import { isValidTimeZone } from './event-time.js';
import { isPersonAddress, meetingUrlFrom, plainLine } from './meeting-details.js';

export interface Person {
  email: string | undefined;
  name: string | undefined;
}

export interface InvitationEvent {
  uid: string;
  /** REQUEST, CANCEL, PUBLISH... upper case; REQUEST when the part names none. */
  method: string;
  /** confirmed | tentative | cancelled (lower case), when stated. */
  status: string | undefined;
  sequence: number;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  timezone: string;
  location: string | undefined;
  organizer: Person;
  /** Everyone invited, organizer included, as given (lower case addresses). */
  attendees: string[];
  /** "weekly", "every 2 weeks", "repeats" for a series, else undefined. */
  repeats: string | undefined;
  /** A series with a rule: its first occurrence and the RRULE/EXDATE lines that repeat it. */
  series: { start: Date; end: Date; lines: string[] } | undefined;
  conferenceUrl: string | undefined;
}

const optionalString = z.string().optional().catch(undefined);
/** parse-ics's EventData plus its extras (sequence, method); every field read leniently. */
const invitationData = z.looseObject({
  icalUid: optionalString,
  organizer: z
    .union([z.string(), z.looseObject({ email: optionalString, name: optionalString })])
    .optional()
    .catch(undefined),
  attendees: z
    .array(z.looseObject({ email: z.string().catch(''), name: z.string().nullish().catch(undefined) }))
    .optional()
    .catch(undefined),
  status: optionalString,
  sequence: z.coerce.number().int().optional().catch(undefined),
  method: optionalString,
  recurrence: optionalString,
  series: z
    .object({ start: z.iso.datetime(), end: z.iso.datetime(), exdates: z.array(z.string()) })
    .optional()
    .catch(undefined),
  description: optionalString,
  timezone: optionalString,
  conference: optionalString,
});

/** "Grace Hopper <grace@x>", "mailto:grace@x", "CN=Grace:mailto:grace@x" or an object. */
export function personFrom(value: unknown): Person {
  if (value && typeof value === 'object') {
    const record = value as { email?: unknown; name?: unknown };
    return personFrom(
      `${typeof record.name === 'string' ? record.name : ''} <${typeof record.email === 'string' ? record.email : ''}>`,
    );
  }
  if (typeof value !== 'string') return { email: undefined, name: undefined };
  const email = /(?:mailto:)?([^\s<>:;"]+@[^\s<>:;"]+)/i.exec(value)?.[1]?.toLowerCase();
  const name = /^\s*"?([^"<]*?)"?\s*</.exec(value)?.[1]?.trim() || /CN=([^;:]+)/i.exec(value)?.[1]?.trim();
  return { email, name: name || undefined };
}

function repeatsFrom(rule: string | undefined, instances: number): string | undefined {
  if (rule) {
    const freq = /FREQ=(\w+)/i.exec(rule)?.[1]?.toUpperCase();
    const interval = Number(/INTERVAL=(\d+)/i.exec(rule)?.[1] ?? '1');
    const unit: Record<string, [string, string]> = {
      DAILY: ['daily', 'days'],
      WEEKLY: ['weekly', 'weeks'],
      MONTHLY: ['monthly', 'months'],
      YEARLY: ['yearly', 'years'],
    };
    const names = freq ? unit[freq] : undefined;
    if (names) return interval > 1 ? `every ${interval} ${names[1]}` : names[0];
    return 'repeats';
  }
  return instances > 1 ? 'repeats' : undefined;
}

/** "2024-04-01T08:30:00.000Z" -> EXDATE:20240401T083000Z; "2024-04-01" -> EXDATE;VALUE=DATE:20240401. */
function exdateLine(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `EXDATE;VALUE=DATE:${value.replaceAll('-', '')}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return `EXDATE:${date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')}`;
}

function seriesFrom(rule: string | undefined, data: z.infer<typeof invitationData>) {
  if (!rule || !data.series) return undefined;
  const exdates = data.series.exdates.map(exdateLine).filter((line): line is string => line !== undefined);
  return {
    start: new Date(data.series.start),
    end: new Date(data.series.end),
    lines: [`RRULE:${rule}`, ...exdates],
  };
}

function toInvitationEvent(first: NormalisedItem, all: NormalisedItem[], method: string, zone: string) {
  const data = invitationData.safeParse(first.data);
  const d = data.success ? data.data : invitationData.parse({});
  const stated = personFrom(d.organizer);
  const organizer: Person = {
    email: stated.email ?? first.fromAddress?.toLowerCase(),
    name: first.fromName?.trim() || stated.name,
  };
  const attendees = [organizer.email, ...(d.attendees ?? []).map((a) => personFrom(a).email)]
    .filter((a): a is string => a !== undefined && isPersonAddress(a))
    .map((a) => a.toLowerCase());
  const rule = all.map((e) => invitationData.safeParse(e.data).data?.recurrence).find((r) => r);
  const location = first.location ? plainLine(first.location, 300) : undefined;
  return {
    uid: d.icalUid ?? first.externalId,
    method: (d.method ?? method).toUpperCase(),
    status: d.status?.toLowerCase(),
    sequence: d.sequence ?? 0,
    title: plainLine(first.subject, 200) || '(no title)',
    start: first.startAt as Date,
    end: first.endAt ?? (first.startAt as Date),
    allDay: first.allDay,
    timezone: isValidTimeZone(d.timezone) ? d.timezone : zone,
    location: location || undefined,
    organizer,
    attendees: [...new Set(attendees)],
    repeats: repeatsFrom(rule, all.length),
    series: seriesFrom(rule, d),
    conferenceUrl: meetingUrlFrom(`${d.conference ?? ''} ${d.description ?? ''} ${first.bodyText}`),
  } satisfies InvitationEvent;
}

export interface ReadInvitation {
  events: InvitationEvent[];
  /** Why parts of the calendar text could not be read (no content). */
  problems: string[];
}

/** The events of an invitation mail, one per UID; empty when it has no calendar part. */
export function readInvitation(item: AgentItem, options: { now: Date; timeZone: string }): ReadInvitation {
  if (!item.calendarPart) return { events: [], problems: [] };
  const parsed = parseIcs(item.calendarPart, {
    // A series that began long ago still has instances ahead; a one-off in the past is of no use.
    from: new Date(options.now.getTime() - 86_400_000),
    to: new Date(options.now.getTime() + 400 * 86_400_000),
    defaultTimezone: options.timeZone,
  });
  const method = (parsed.method ?? 'REQUEST').toUpperCase();
  const byUid = new Map<string, NormalisedItem[]>();
  for (const event of parsed.events) {
    if (!event.startAt) continue;
    const uid = invitationData.safeParse(event.data).data?.icalUid ?? event.externalId;
    byUid.set(uid, [...(byUid.get(uid) ?? []), event]);
  }
  const events: InvitationEvent[] = [];
  for (const instances of byUid.values()) {
    instances.sort((a, b) => (a.startAt?.getTime() ?? 0) - (b.startAt?.getTime() ?? 0));
    const ahead = instances.find((e) => (e.endAt ?? e.startAt ?? options.now) > options.now) ?? instances[0];
    if (ahead) events.push(toInvitationEvent(ahead, instances, method, options.timeZone));
  }
  return { events, problems: parsed.problems.map((p) => `${p.position}: ${p.reason}`) };
}
