/**
 * Raw RFC 5322 bytes -> NormalisedItem. Knows nothing about files or
 * providers: local mbox/.eml import and Gmail (format=raw) both call it.
 * Never stores attachment content; keeps only the headers agents read.
 * Throws AppError MAIL_UNREADABLE when the bytes are not a mail at all.
 */
import { AppError } from '../../domain/errors.js';
import type { AttachmentRef, NormalisedItem } from '../../domain/items/normalised-item.js';
import { keptHeaders, rawHeader } from './kept-headers.js';
import { addressList, addressOf, mailboxes } from './mail-addresses.js';
import { parseMailDate } from './mail-date.js';
import { bareMessageId, syntheticMessageId, threadRoot } from './message-ids.js';
import { isCalendarPart, type MimeAttachment, readMime } from './read-mime.js';
import { maxLinks, scanHtml } from './scan-html.js';
import { textLinks } from './text-links.js';

export interface NormaliseMimeOptions {
  maxBodyChars: number;
  /** Used when the Date header is missing or unreadable: the mbox From_ line date, the file's mtime. */
  fallbackDate?: Date;
  /** Where the message came from ("message 17 (byte 48213)"), for error messages. */
  position?: string;
}

export const maxCalendarBytes = 200 * 1024;
const snippetChars = 200;

/** Headers of which at least one makes a block of bytes a mail. */
const mailHeaders = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'received',
  'sender',
  'return-path',
  'mime-version',
  'content-type',
  'reply-to',
  'in-reply-to',
  'references',
  'delivered-to',
]);

/** Real attachments: not a logo embedded by Content-ID, not the invitation body of a calendar mail. */
function isListedAttachment(a: MimeAttachment): boolean {
  if (a.related && a.contentType.startsWith('image/')) return false;
  if (a.contentType === 'text/calendar' && !a.filename && a.disposition !== 'attachment') return false;
  return true;
}

function calendarPartOf(attachments: MimeAttachment[]): string | undefined {
  const parts = attachments.filter((a) => a.calendarText && isCalendarPart(a.contentType, a.filename));
  const best = parts.find((a) => a.contentType === 'text/calendar') ?? parts[0];
  return best?.calendarText || undefined;
}

const snippetSource = snippetChars * 8;

function snippetOf(body: string): string {
  // Most bodies give 200 characters from their first few hundred: collapsing a
  // shorter prefix gives the same start as collapsing all 1,600, and once more
  // than 200 characters are left after the leading space, the trailing trim
  // cannot reach them.
  for (let chars = snippetChars * 2; chars < snippetSource; chars *= 2) {
    const collapsed = body.slice(0, chars).replace(/\s+/g, ' ').trimStart();
    if (collapsed.length > snippetChars + 1) return collapsed.slice(0, snippetChars);
  }
  return body.slice(0, snippetSource).replace(/\s+/g, ' ').trim().slice(0, snippetChars);
}

export async function normaliseMime(raw: Buffer, opts: NormaliseMimeOptions): Promise<NormalisedItem> {
  const where = opts.position ? `${opts.position}: ` : '';
  const mime = await readMime(raw, { maxCalendarBytes }).catch((error: unknown) => {
    throw new AppError('MAIL_UNREADABLE', `${where}MIME parse failed: ${(error as Error).message}`, {
      cause: error,
    });
  });
  if (!mime.headerLines.some((line) => mailHeaders.has(line.key))) {
    throw new AppError(
      'MAIL_UNREADABLE',
      `${where}no mail header (From, Subject, Date, Message-ID...) found`,
    );
  }

  const { headers, headerLines } = mime;
  const hasText = mime.text.trim().length > 0;
  const scanned = mime.html
    ? scanHtml(mime.html, { wantText: !hasText, maxTextChars: opts.maxBodyChars })
    : { links: [], text: '' };
  const body = hasText ? mime.text : scanned.text;
  const bodyText = body.slice(0, opts.maxBodyChars);

  const externalId = bareMessageId(headers.get('message-id'))?.slice(0, 500) ?? syntheticMessageId(raw);
  const date = parseMailDate(rawHeader(headerLines, 'date'));
  // A bare display name ("From: Whomever") still names the sender.
  const from = mailboxes(headers.get('from'))[0] ?? mailboxes(headers.get('from'), true)[0];
  const subject = headers.get('subject');
  const attachments: AttachmentRef[] = mime.attachments
    .filter(isListedAttachment)
    .map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, size: a.size }));

  return {
    kind: 'email',
    externalId,
    threadId: threadRoot(headers.get('references'), headers.get('in-reply-to'), externalId),
    fromAddress: addressOf(from),
    fromName: from?.name?.trim() || undefined,
    replyTo: addressOf(mailboxes(headers.get('reply-to'))[0]),
    toAddresses: addressList(headers.get('to')),
    ccAddresses: addressList(headers.get('cc')),
    subject: typeof subject === 'string' ? subject.trim() : '',
    snippet: snippetOf(body),
    bodyText,
    bodyTruncated: body.length > bodyText.length,
    receivedAt: date ?? opts.fallbackDate,
    allDay: false,
    headers: keptHeaders(headerLines),
    links: mime.html ? scanned.links : textLinks(bodyText, maxLinks),
    attachments,
    data: date ? {} : { dateMissing: true },
    calendarPart: calendarPartOf(mime.attachments),
  };
}
