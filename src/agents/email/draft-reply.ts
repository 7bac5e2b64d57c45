/**
 * Reply drafts: the rule-based text (a polite acknowledgement shaped by what
 * the mail asks) and the create_email_draft proposal around any body. The
 * rule-based text is built only from our own phrases and our own date
 * formatting: no word of the incoming mail reaches the draft outside the
 * quote block, so a mail cannot write its own answer.
 */
import type { TriageResult } from '../../domain/analysis/triage.js';
import { createEmailDraftPayload, type ProposalDraft } from '../../domain/proposals/payloads.js';
import { localFormatter } from '../../domain/time/format-local.js';
import { localTimeOf } from '../../domain/time/local-time.js';
import type { AgentItem } from '../agent-item.js';
import type { UserPreferences } from '../preferences.js';
import { meetingText } from '../triage/category-patterns.js';
import type { NewText } from './new-text.js';
import { cleanDisplayName, quoteThread } from './quote-thread.js';
import { originalMessageId, replyRecipients, replyReferences, replySubject } from './reply-headers.js';

export type ReplyShape = 'meeting' | 'send' | 'review' | 'question' | 'generic';
type Tone = UserPreferences['tone'];

const sendRequest = /\b(?:send|share|forward|provide|attach)\b/i;
const reviewRequest = /\b(?:review|approve|sign|check|look (?:at|over)|feedback|comments?)\b/i;

/** What kind of answer the mail wants, from its new text and triage. */
export function replyShape(newText: NewText, triage: TriageResult | undefined): ReplyShape {
  const text = newText.text;
  if (triage?.category === 'meeting' || meetingText.test(newText.paragraphs.at(-1) ?? '')) return 'meeting';
  if (sendRequest.test(text)) return 'send';
  if (reviewRequest.test(text)) return 'review';
  if (text.includes('?')) return 'question';
  return 'generic';
}

const greetings: Record<Tone, string> = { friendly: 'Hi,', neutral: 'Hello,', formal: 'Good day,' };

const acknowledgements: Record<ReplyShape, Record<Tone, (when: string) => string>> = {
  meeting: {
    friendly: (w) => `Thanks for reaching out! The time you suggested looks good to me. I'll confirm ${w}.`,
    neutral: (w) => `Thank you for the invitation. The proposed time should work for me; I'll confirm ${w}.`,
    formal: (w) =>
      `Thank you for your invitation. I will check my calendar and confirm the proposed time ${w}.`,
  },
  send: {
    friendly: (w) => `Thanks for your note! I'll get that over to you ${w}.`,
    neutral: (w) => `Thanks for your message. I'll send it over ${w}.`,
    formal: (w) => `Thank you for your request. I will send the requested material ${w}.`,
  },
  review: {
    friendly: (w) => `Thanks for sending this over! I'll take a look and get back to you ${w}.`,
    neutral: (w) => `Thanks for sending this. I'll review it and get back to you ${w}.`,
    formal: (w) => `Thank you for sending this. I will review it and respond ${w}.`,
  },
  question: {
    friendly: (w) => `Thanks for your question! I'll look into it and get back to you ${w}.`,
    neutral: (w) => `Thanks for your question. I'll look into it and get back to you ${w}.`,
    formal: (w) => `Thank you for your enquiry. I will look into this and respond ${w}.`,
  },
  generic: {
    friendly: (w) => `Thanks for your message! I'll get back to you ${w}.`,
    neutral: (w) => `Thanks for your message. I'll get back to you ${w}.`,
    formal: (w) => `Thank you for your message. I will respond ${w}.`,
  },
};

const longDate: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** "by Friday 6 March" (plus "at 15:00" when the hour is not simply the end of the day). */
export function byWhen(dueAt: Date | undefined, now: Date, timezone: string, workdayEnd: string): string {
  if (!dueAt || dueAt.getTime() <= now.getTime()) return 'shortly';
  const time = localTimeOf(dueAt, timezone);
  const day = localFormatter(timezone, longDate).format(dueAt).replace(',', '');
  return time === workdayEnd ? `by ${day}` : `by ${day} at ${time}`;
}

export function signOffFor(
  preferences: Pick<UserPreferences, 'signOff' | 'tone'>,
  displayName: string,
): string {
  if (preferences.signOff.trim() !== '') return preferences.signOff.trim();
  const first = displayName.trim().split(/\s+/)[0] ?? displayName;
  if (preferences.tone === 'friendly') return `Cheers,\n${first}`;
  if (preferences.tone === 'formal') return `Kind regards,\n${displayName.trim()}`;
  return `Best regards,\n${displayName.trim()}`;
}

export interface HeuristicReplyInput {
  shape: ReplyShape;
  tone: Tone;
  dueAt: Date | undefined;
  now: Date;
  timezone: string;
  workdayEnd: string;
}

/** Greeting and acknowledgement only; sign-off and quote are added by draftBody. */
export function heuristicReplyText(input: HeuristicReplyInput): string {
  const when = byWhen(input.dueAt, input.now, input.timezone, input.workdayEnd);
  return `${greetings[input.tone]}\n\n${acknowledgements[input.shape][input.tone](when)}`;
}

export function draftBody(replyText: string, signOff: string, item: AgentItem, timezone: string): string {
  return `${replyText.trim()}\n\n${signOff}\n\n${quoteThread(item, timezone)}\n`;
}

export interface DraftProposalInput {
  item: AgentItem;
  body: string;
  userAddresses: Set<string>;
  riskLevel?: 'low' | 'medium' | 'high' | undefined;
  riskReasons?: string[] | undefined;
}

/** The proposal, or a reason it cannot be made (no valid recipient, payload rejected). */
export function draftProposal(input: DraftProposalInput): { proposal: ProposalDraft } | { problem: string } {
  const { item } = input;
  const recipients = replyRecipients(item, input.userAddresses);
  const subject = replySubject(item.subject);
  const parsed = createEmailDraftPayload.safeParse({
    accountId: item.accountId,
    to: recipients.to,
    cc: recipients.cc,
    subject,
    body: input.body,
    inReplyTo: originalMessageId(item),
    references: replyReferences(item),
    threadId: item.threadId ?? undefined,
  });
  if (!parsed.success)
    return { problem: `draft payload rejected: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const who = cleanDisplayName(item.fromName) || recipients.to[0] || 'sender';
  const proposal: ProposalDraft = {
    kind: 'create_email_draft',
    payload: parsed.data,
    title: `Reply to ${who}: ${subject}`.slice(0, 200),
    itemId: item.id,
  };
  if (input.riskLevel && input.riskLevel !== 'low') {
    proposal.riskLevel = input.riskLevel;
    proposal.riskReasons = input.riskReasons ?? [];
  }
  return { proposal };
}
