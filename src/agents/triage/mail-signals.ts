/**
 * Facts about one mail that the triage rules combine: who sent it and how
 * (bulk list, robot, person), how the user was addressed, whether the new
 * text asks something. Header and address facts only; the words that decide
 * a category live in category-patterns.ts.
 */
import { type AgentItem, header } from '../agent-item.js';
import { extractNewText, type NewText } from '../email/new-text.js';
import { broadcastReason } from './broadcast-text.js';
import {
  conditionalOffer,
  courtesyExceptions,
  courtesyOffer,
  indirectRequestText,
  meetingRequestText,
  noReplyLocalPart,
  pleaseImperative,
  requestText,
} from './category-patterns.js';
import { forwardedPart } from './forwarded-part.js';
import { cutNotesHistory } from './notes-history.js';

export interface MailSignals {
  from: string;
  fromDomain: string;
  fromSelf: boolean;
  /** Why the mail counts as bulk (a header name), if it does. */
  bulk: string | undefined;
  /** Auto-Submitted other than "no": a machine sent it. */
  automated: boolean;
  noReplySender: boolean;
  /** The user is in To. */
  direct: boolean;
  /** The user is in Cc but not in To. */
  ccOnly: boolean;
  knownContact: boolean;
  /** Same company domain as one of the user's addresses (not a free-mail domain). */
  colleague: boolean;
  calendar: boolean;
  newText: NewText;
  /** The forwarded message when the mail is a forward, else empty. */
  forwarded: string;
  /** Why the new text seems to want an answer, if it does. */
  asks: string | undefined;
  /** The new text opens by naming the user ("Ada, could you ..."). */
  addressedByName: boolean;
  highPriorityHeader: boolean;
  /** Subject plus the head of the new text: what the category words are matched against. */
  subject: string;
  head: string;
}

export interface SignalContext {
  userAddresses: Set<string>;
  /** Company domains of the user's addresses (free-mail domains left out). */
  userDomains: Set<string>;
  /** Matches the user's first name as a word, for mail that names them. */
  userNamePattern: RegExp | undefined;
  knownContacts: Set<string>;
}

const precedenceBulk = /^\s*(?:bulk|list|junk)\b/i;
/** A question in prose: "?" after a word, not the query string of a URL. */
const questionSentence = /[\p{L}\p{N})"'’]\s*\?(?:\s|$)/u;
const url = /\bhttps?:\/\/\S+/gi;
/** People ask near the end or the start of what they write; the middle of a long mail is usually context. */
const questionParagraphs = 3;
const headChars = 1500;
/** conditionalOffer opens with "if" and a space: a paragraph without one holds no such sentence. */
const mayHoldConditionalOffer = /\bif\s/i;
const unset = Symbol('unset');

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

/** `ownBody` is the body without Lotus Notes / Outlook history (cutNotesHistory), computed once by the caller. */
function bulkReason(item: AgentItem, ownBody: string): string | undefined {
  if (header(item, 'list-unsubscribe')) return 'List-Unsubscribe';
  if (header(item, 'list-id')) return 'List-Id';
  const precedence = header(item, 'precedence');
  if (precedence && precedenceBulk.test(precedence)) return `Precedence: ${precedence.trim().toLowerCase()}`;
  return broadcastReason(ownBody);
}

function hasCalendarPart(item: AgentItem): boolean {
  if (item.calendarPart) return true;
  return item.attachments.some(
    (a) => a.contentType.toLowerCase().startsWith('text/calendar') || /\.ics$/i.test(a.filename),
  );
}

/**
 * Drops "call me if you have any questions" and the like: offers, not requests.
 * `paragraph` has single spaces only, so splitting and re-joining keeps it as
 * it is when no sentence is dropped: a paragraph with no offer at all (no
 * courtesy wording, no "if") is returned without splitting it (most are).
 */
function withoutCourtesyOffers(paragraph: string): string {
  if (!courtesyOffer.test(paragraph) && !mayHoldConditionalOffer.test(paragraph)) return paragraph;
  return paragraph
    .split(/(?<=[.!?])\s+/)
    .filter(
      (sentence) =>
        !(courtesyOffer.test(sentence) || conditionalOffer.test(sentence)) ||
        courtesyExceptions.test(sentence),
    )
    .join(' ');
}

function asksReason(newText: NewText): string | undefined {
  // Line breaks inside a sentence ("Can\nwe push...") must not hide it.
  const paragraphs = newText.paragraphs.map((p) =>
    withoutCourtesyOffers(p.replace(url, ' ').replace(/\s+/g, ' ')),
  );
  const near = [...paragraphs.slice(0, 1), ...paragraphs.slice(-questionParagraphs)];
  if (near.some((p) => questionSentence.test(p))) return 'asks you a question';
  const all = paragraphs.join('\n');
  if (requestText.test(all) || pleaseImperative.test(all) || indirectRequestText.test(all))
    return 'asks you to do something';
  // "Let's meet next week", "please plan on attending": a time or a yes is expected back.
  if (meetingRequestText.test(all.replace(/\s+/g, ' '))) return 'asks to meet';
  return undefined;
}

function includesAny(addresses: string[], wanted: Set<string>): boolean {
  return addresses.some((a) => wanted.has(a.toLowerCase()));
}

/** Built once per run from the user's display name. */
export function userNamePattern(displayName: string): RegExp | undefined {
  const first = displayName.trim().split(/\s+/)[0] ?? '';
  if (first.length < 2) return undefined;
  return new RegExp(`(?<![\\p{L}])${first.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
}

export function mailSignals(item: AgentItem, ctx: SignalContext): MailSignals {
  const from = (item.fromAddress ?? '').toLowerCase();
  const localPart = from.slice(0, Math.max(0, from.indexOf('@')));
  const autoSubmitted = header(item, 'auto-submitted');
  // With no known address of the user's, mail in their mailbox is taken as sent to them.
  const direct = ctx.userAddresses.size === 0 || includesAny(item.toAddresses, ctx.userAddresses);
  const ownBody = cutNotesHistory(item.bodyText);
  const newText = extractNewText(ownBody, { senderName: item.fromName });
  const opening = newText.text.slice(0, 80);
  let forwarded: string | undefined;
  let asks: string | undefined | typeof unset = unset;
  return {
    from,
    fromDomain: domainOf(from),
    fromSelf: ctx.userAddresses.has(from),
    bulk: bulkReason(item, ownBody),
    automated: autoSubmitted !== undefined && !/^\s*no\b/i.test(autoSubmitted),
    noReplySender: noReplyLocalPart.test(localPart),
    direct,
    ccOnly: !direct && includesAny(item.ccAddresses, ctx.userAddresses),
    knownContact: from !== '' && ctx.knownContacts.has(from),
    colleague: ctx.userDomains.has(domainOf(from)),
    calendar: hasCalendarPart(item),
    newText,
    // Read only for some mail (a person's, a possible meeting): worked out on first read, once.
    get forwarded() {
      forwarded ??= forwardedPart(item.subject, item.bodyText);
      return forwarded;
    },
    get asks() {
      if (asks === unset) asks = asksReason(newText);
      return asks;
    },
    addressedByName: ctx.userNamePattern?.test(opening) ?? false,
    highPriorityHeader:
      /^\s*high\b/i.test(header(item, 'importance') ?? '') ||
      /^\s*[12]\b/.test(header(item, 'x-priority') ?? ''),
    subject: item.subject,
    head: newText.text.slice(0, headChars) || item.bodyText.slice(0, headChars),
  };
}
