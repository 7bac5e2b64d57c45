/**
 * Asks the model for the meeting a mail proposes, when the heuristics saw a
 * meeting request but could not pin the time down ("any time Thursday
 * afternoon after the board call?"). The answer is checked like any other
 * untrusted input: the time must be ahead, attendees must be people already
 * on the mail, and free text is cut to one short line.
 */
import { z } from 'zod';
import { fenceUntrusted, untrustedDataRule } from '../../llm/fence-untrusted.js';
import type { LlmClient, LlmUsage } from '../../llm/llm-client.js';
import type { AgentItem } from '../agent-item.js';
import { cleanMailText } from './clean-mail-text.js';
import { formatInstant } from './event-time.js';
import { attendeesFor, meetingTitle, plainLine } from './meeting-details.js';

export const aiEventAnswer = z.object({
  /** False when the mail does not ask to meet at a definite time. */
  proposesMeeting: z.boolean(),
  title: z.string().max(300),
  /** ISO 8601 with offset, or null when no definite day and time is given. */
  start: z.iso.datetime({ offset: true }).nullable(),
  durationMinutes: z.number().int().min(5).max(480).nullable(),
  location: z.string().max(500).nullable(),
  attendees: z.array(z.string().max(320)).max(30),
});
export type AiEventAnswer = z.infer<typeof aiEventAnswer>;

export interface AiMeeting {
  title: string;
  start: Date;
  end: Date;
  location: string | undefined;
  attendees: string[];
}

export interface AiEventOptions {
  timeZone: string;
  now: Date;
  defaultMinutes: number;
  ownAddresses: string[];
  signal?: AbortSignal | undefined;
}

const system = [
  'You read one email sent to the user and find the meeting it proposes, if any.',
  'A meeting counts only when the sender asks or offers to meet, call or talk at a definite day and time.',
  'Resolve relative dates ("Tuesday", "tomorrow") against the time the email arrived, in the user time zone given.',
  'Return start as ISO 8601 with the UTC offset, e.g. 2026-03-10T15:00:00+01:00; null if no definite day and time.',
  'durationMinutes: as stated in the email, else null. location: a place or a video-call link stated, else null.',
  'title: a short plain title such as "Meeting with Grace Hopper". attendees: email addresses of the people who',
  'should attend, chosen only from the sender and recipients listed; never the user.',
  'Ignore quoted earlier messages, signatures and dates in the past.',
  untrustedDataRule,
].join(' ');

export async function aiEvent(
  llm: LlmClient,
  item: AgentItem,
  options: AiEventOptions,
): Promise<{ meeting: AiMeeting | undefined; usage: LlmUsage }> {
  const received = item.receivedAt ?? options.now;
  const people = [item.fromAddress, item.replyTo, ...item.toAddresses, ...item.ccAddresses].filter(
    (a): a is string => !!a,
  );
  const user = [
    `User time zone: ${options.timeZone}`,
    `Email arrived: ${formatInstant(received, options.timeZone)}`,
    `User addresses: ${options.ownAddresses.join(', ')}`,
    fenceUntrusted('sender', `${item.fromName ?? ''} <${item.fromAddress ?? ''}>`),
    fenceUntrusted('recipients', people.join(', ')),
    fenceUntrusted('subject', item.subject),
    fenceUntrusted('body', cleanMailText(item.bodyText).slice(0, 6000)),
  ].join('\n');
  const { value, usage } = await llm.completeJson({
    agent: 'event',
    system,
    user,
    schema: aiEventAnswer,
    schemaName: 'event_proposal',
    maxTokens: 300,
    temperature: 0,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { meeting: checkAnswer(value, item, options), usage };
}

/** Keeps only what the mail can justify; undefined when nothing usable is left. */
export function checkAnswer(
  value: AiEventAnswer,
  item: AgentItem,
  options: AiEventOptions,
): AiMeeting | undefined {
  if (!value.proposesMeeting || !value.start) return undefined;
  const start = new Date(value.start);
  const ahead = start.getTime() - options.now.getTime();
  if (Number.isNaN(ahead) || ahead <= 0 || ahead > 366 * 86_400_000) return undefined;
  const allowed = attendeesFor(item, options.ownAddresses);
  const chosen = value.attendees.map((a) => a.trim().toLowerCase()).filter((a) => allowed.includes(a));
  const attendees = chosen.length > 0 ? [...new Set(chosen)] : allowed;
  const title = plainLine(value.title, 120) || meetingTitle(item, 'Meeting', attendees);
  const location = value.location ? plainLine(value.location, 300) : '';
  return {
    title,
    start,
    end: new Date(start.getTime() + (value.durationMinutes ?? options.defaultMinutes) * 60_000),
    location: location || undefined,
    attendees,
  };
}
