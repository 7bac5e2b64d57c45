/**
 * Who a reply goes to and how it threads: subject without "Re: Re:",
 * Reply-To over From, Cc only for a small conversation among people, and
 * In-Reply-To / References from the original's Message-ID. Conservative on
 * purpose: a wrong Cc leaks mail, a missing one costs a click in the editor.
 */

import { type AgentItem, header, headerAll } from '../agent-item.js';
import { noReplyLocalPart } from '../triage/category-patterns.js';

const replyPrefix = /^\s*(?:re|aw|sv|antw|vs|ref|r)\s*(?:\[\d+\])?\s*:\s*/i;
const address = /[^\s<>,;"()]+@[^\s<>,;"()]+\.[^\s<>,;"()]+/g;
const messageId = /<[^<>\s]+>/g;
/** More people than this is a broadcast, not a conversation: answer the sender only. */
const maxCc = 8;
/** References beyond this are trimmed from the middle, keeping the thread root. */
const maxReferences = 20;

export function replySubject(subject: string): string {
  let rest = subject.replaceAll(/\s+/g, ' ').trim();
  while (replyPrefix.test(rest)) rest = rest.replace(replyPrefix, '');
  return rest === '' ? 'Re:' : `Re: ${rest}`;
}

export function addressesIn(value: string | null | undefined): string[] {
  return [...(value ?? '').matchAll(address)].map((m) => m[0].toLowerCase());
}

function isPerson(addr: string): boolean {
  const local = addr.slice(0, addr.indexOf('@'));
  return !noReplyLocalPart.test(local);
}

export interface ReplyRecipients {
  to: string[];
  cc: string[];
}

export function replyRecipients(item: AgentItem, userAddresses: Set<string>): ReplyRecipients {
  const replyTo = addressesIn(item.replyTo).filter((a) => !userAddresses.has(a));
  const from = addressesIn(item.fromAddress);
  const to = [...new Set(replyTo.length > 0 ? replyTo : from)];
  // Mailing-list traffic goes back to the list by the list's own rules; never widen it.
  if (header(item, 'list-id') || header(item, 'list-unsubscribe')) return { to, cc: [] };
  const excluded = new Set([...userAddresses, ...to, ...from]);
  const others = [...new Set([...item.toAddresses, ...item.ccAddresses].map((a) => a.toLowerCase()))].filter(
    (a) => !excluded.has(a) && addressesIn(a).length === 1,
  );
  return { to, cc: others.length > maxCc ? [] : others.filter(isPerson) };
}

/** The original's Message-ID with its angle brackets, if it has one. */
export function originalMessageId(item: AgentItem): string | undefined {
  const raw = header(item, 'message-id')?.trim();
  if (!raw) return undefined;
  const bracketed = raw.match(messageId)?.[0];
  if (bracketed) return bracketed;
  return /^\S+@\S+$/.test(raw) ? `<${raw}>` : undefined;
}

export function replyReferences(item: AgentItem): string[] {
  const ids = headerAll(item, 'references').flatMap((value) => value.match(messageId) ?? []);
  const own = originalMessageId(item);
  if (own) ids.push(own);
  const unique = [...new Set(ids)];
  if (unique.length <= maxReferences) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (maxReferences - 1))];
}
