/**
 * What each action kind carries. Agents build these, the chat edits them, the
 * executor validates them again before any provider call.
 */
import { z } from 'zod';
import { isValidTimeZone } from '../time/local-time.js';

const email = z.email({ message: 'expected an email address' });
/** An instant with its offset, e.g. 2026-11-26T15:00:00+01:00. */
const instant = z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' });
const timeZone = z.string().refine(isValidTimeZone, { message: 'expected an IANA time zone' });

const eventTiming = {
  start: instant,
  end: instant,
  timezone: timeZone,
  allDay: z.boolean().default(false),
};

const conflict = z.object({ title: z.string(), start: instant, end: instant });

function endAfterStart(value: { start: string; end: string }): boolean {
  return Date.parse(value.end) > Date.parse(value.start);
}
const endAfterStartIssue = { message: 'end must be after start', path: ['end'] };

export const createEmailDraftPayload = z.object({
  /** The mailbox the draft goes into. */
  accountId: z.uuid(),
  to: z.array(email).min(1, { message: 'a draft needs at least one recipient' }),
  cc: z.array(email).default([]),
  subject: z.string().max(998),
  body: z.string().max(100_000),
  /** Message-ID of the mail answered, for In-Reply-To / References. */
  inReplyTo: z.string().optional(),
  references: z.array(z.string()).default([]),
  threadId: z.string().optional(),
});

export const createCalendarEventPayload = z
  .object({
    accountId: z.uuid().optional(),
    title: z.string().min(1).max(1024),
    ...eventTiming,
    location: z.string().max(1024).optional(),
    attendees: z.array(email).default([]),
    description: z.string().max(8000).optional(),
    /** The invitation's UID when the event comes from one. */
    icalUid: z.string().optional(),
    /** RFC 5545 lines (RRULE, EXDATE, RDATE) repeating the event; `start` is then its first occurrence. */
    recurrence: z
      .array(
        z
          .string()
          .max(2000)
          .regex(/^(?:RRULE|EXDATE|RDATE)[:;]/, { message: 'expected an RRULE, EXDATE or RDATE line' }),
      )
      .max(50)
      .default([]),
    conflicts: z.array(conflict).default([]),
  })
  .refine(endAfterStart, endAfterStartIssue);

const eventFields = z.object({
  title: z.string().min(1).max(1024),
  start: instant,
  end: instant,
  location: z.string().max(1024).optional(),
  attendees: z.array(email).optional(),
  description: z.string().max(8000).optional(),
});

export const updateCalendarEventPayload = z.object({
  accountId: z.uuid().optional(),
  /** The provider's id of the event to change. */
  eventId: z.string().min(1),
  timezone: timeZone,
  /** The event as it was when proposed: the executor refuses to overwrite a newer one. */
  before: eventFields.partial(),
  changes: eventFields.partial().refine((c) => Object.keys(c).length > 0, { message: 'nothing to change' }),
  conflicts: z.array(conflict).default([]),
});

export const deleteCalendarEventPayload = z.object({
  accountId: z.uuid().optional(),
  eventId: z.string().min(1),
  title: z.string(),
  start: instant,
  reason: z.string().max(500).optional(),
});

export const createReminderEventPayload = z
  .object({
    accountId: z.uuid().optional(),
    title: z.string().min(1).max(1024),
    ...eventTiming,
    note: z.string().max(2000).optional(),
  })
  .refine(endAfterStart, endAfterStartIssue);

export const proposalPayloadSchemas = {
  create_email_draft: createEmailDraftPayload,
  create_calendar_event: createCalendarEventPayload,
  update_calendar_event: updateCalendarEventPayload,
  delete_calendar_event: deleteCalendarEventPayload,
  create_reminder_event: createReminderEventPayload,
} as const;

export type ProposalKind = keyof typeof proposalPayloadSchemas;
export const proposalKinds = Object.keys(proposalPayloadSchemas) as ProposalKind[];

export type ProposalPayloads = { [K in ProposalKind]: z.infer<(typeof proposalPayloadSchemas)[K]> };
export type ProposalPayloadInput = { [K in ProposalKind]: z.input<(typeof proposalPayloadSchemas)[K]> };

/** A proposal as the agents produce it, before it is stored. */
export type ProposalDraft = {
  [K in ProposalKind]: {
    kind: K;
    payload: ProposalPayloadInput[K];
    title: string;
    itemId?: string | undefined;
    /** Distinguishes several proposals of one kind for one item (a plan's blocks). */
    discriminator?: string | undefined;
    riskLevel?: 'low' | 'medium' | 'high';
    riskReasons?: string[];
  };
}[ProposalKind];
