/**
 * Everything the signals read about one mail, computed once: sender domains,
 * authentication verdicts, parsed links and the lower-cased text. Signals then
 * only look things up, which keeps scoring cheap per message.
 */

import { isFreeMailDomain } from '../../domain/mail/free-mail-domains.js';
import type { AgentItem } from '../agent-item.js';
import { decodeEncodedWords } from './decode-encoded-words.js';
import {
  addressDomain,
  addressRegistrable,
  type HostInfo,
  hostInfo,
  urlHasUserInfo,
  urlHost,
} from './domains/registrable-domain.js';
import { type AuthResults, parseAuthenticationResults } from './signals/parse-authentication-results.js';
import { unwrapProtectedLink } from './unwrap-protected-link.js';

export interface LinkFacts {
  text: string;
  href: string;
  host: HostInfo | null;
  /** Domain-looking token shown in the link text ("paypal.com"), if any. */
  shownHost: HostInfo | null;
  userInfo: boolean;
  scheme: string;
}

export interface MailFacts {
  item: AgentItem;
  fromAddress: string;
  fromName: string;
  /** Host of the From address (may be a subdomain), null when missing or malformed. */
  fromHost: HostInfo | null;
  fromDomain: string | null;
  fromIsFree: boolean;
  replyTo: string | null;
  replyToDomain: string | null;
  returnPathDomain: string | null;
  auth: AuthResults;
  /** DMARC pass, or a passing DKIM signature of the From's registrable domain. */
  fromAuthenticated: boolean;
  /** A passing DKIM signature of the From's own registrable domain (not only a mailing service's). */
  fromSigned: boolean;
  /** Newsletter or list traffic (List-Unsubscribe, List-Id, Precedence: bulk/list). */
  bulk: boolean;
  mailingList: boolean;
  /**
   * List headers that no list software writes: a List-Id in a made-up domain
   * ("<x.xt.local>") or a List-Unsubscribe that is neither a mailto: nor a web
   * address. Such headers earn no list or newsletter leniency.
   */
  forgedListHeaders: boolean;
  /** A usable List-Unsubscribe header (mailto: or web address), as every mailing service adds. */
  listUnsubscribe: boolean;
  subject: string;
  /** Lower-cased subject and the start of the body (what the language signals read). */
  text: string;
  /** Lower-cased subject and a longer stretch of the body (what the injection check reads). */
  longText: string;
  /** The distinct words of `longText`, so patterns run only when their key words occur. */
  words: ReadonlySet<string>;
  /** Links from HTML anchors plus bare URLs found in the text. */
  links: LinkFacts[];
}

/** Only the start of a long body is read for wording: scams make their ask early. */
const maxTextChars = 20_000;
/** Injected instructions may hide at the end of a long mail, so that check reads further. */
const maxLongTextChars = 60_000;
const wordSplit = /[^a-z0-9\u00c0-\u024f']+/;
const maxLinks = 80;
const bareUrl = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const shownDomain =
  /(?:^|[\s(<[/@])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?=$|[\s/)>\]:?#,.!])/i;

function headerValue(item: AgentItem, name: string): string | undefined {
  const value = item.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function angleAddress(value: string | undefined): string | null {
  if (!value) return null;
  const angled = /<([^>]+)>/.exec(value)?.[1] ?? value;
  const trimmed = angled.trim().toLowerCase();
  return trimmed.includes('@') ? trimmed : null;
}

/** A List-Id names its list in a real domain ("<dev.lists.example.org>"), not in ".local". */
function plausibleListId(value: string): boolean {
  const id = (/<([^>]*)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
  const tld = id.slice(id.lastIndexOf('.') + 1);
  return id.includes('.') && !/^(?:local|localhost|invalid|lan|internal|home)$/.test(tld);
}

/** List-Unsubscribe carries <mailto:...> and/or <https://...>, nothing else. */
function plausibleUnsubscribe(value: string): boolean {
  return /<\s*(?:mailto:|https?:\/\/)/i.test(value);
}

function linkFacts(text: string, wrappedHref: string): LinkFacts {
  const href = unwrapProtectedLink(wrappedHref);
  const host = urlHost(href);
  // A gateway rewrites the shown URL too when the text is the link itself.
  const shown = shownDomain.exec(` ${unwrapProtectedLink(text.trim())}`)?.[1];
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase() ?? '';
  return {
    text,
    href,
    host: host ? hostInfo(host) : null,
    shownHost: shown ? hostInfo(shown) : null,
    userInfo: urlHasUserInfo(href),
    scheme,
  };
}

export function buildMailFacts(item: AgentItem): MailFacts {
  const fromAddress = (item.fromAddress ?? '').trim().toLowerCase();
  const fromHostName = addressDomain(fromAddress);
  const fromHost = fromHostName ? hostInfo(fromHostName) : null;
  const fromDomain = fromHost?.domain ?? null;
  const replyTo = angleAddress(item.replyTo ?? headerValue(item, 'reply-to'));
  const returnPath = angleAddress(headerValue(item, 'return-path'));
  const auth = parseAuthenticationResults(item.headers);
  const dkimAligned = auth.dkim.some(
    (signature) =>
      signature.result === 'pass' &&
      signature.domain !== null &&
      hostInfo(signature.domain).domain === fromDomain,
  );
  const listIdHeader = headerValue(item, 'list-id');
  const unsubscribeHeader = headerValue(item, 'list-unsubscribe');
  const rawListId = listIdHeader === undefined ? undefined : decodeEncodedWords(listIdHeader);
  const rawUnsubscribe = unsubscribeHeader === undefined ? undefined : decodeEncodedWords(unsubscribeHeader);
  const forgedListId = rawListId !== undefined && !plausibleListId(rawListId);
  const forgedUnsubscribe = rawUnsubscribe !== undefined && !plausibleUnsubscribe(rawUnsubscribe);
  const listId = forgedListId ? undefined : rawListId;
  const unsubscribe = forgedUnsubscribe ? undefined : rawUnsubscribe;
  const precedence = headerValue(item, 'precedence')?.toLowerCase() ?? '';
  const body =
    item.bodyText.length > maxLongTextChars ? item.bodyText.slice(0, maxLongTextChars) : item.bodyText;
  const longText = `${item.subject}\n${body}`.toLowerCase();
  const text = longText.length > maxTextChars ? longText.slice(0, maxTextChars) : longText;

  const links: LinkFacts[] = [];
  const seen = new Set<string>();
  const hrefs = new Set<string>();
  for (const link of item.links) {
    if (links.length >= maxLinks) break;
    hrefs.add(link.href);
    const key = `${link.text}\u0000${link.href}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(linkFacts(link.text, link.href));
  }
  bareUrl.lastIndex = 0;
  for (let match = bareUrl.exec(text); match && links.length < maxLinks; match = bareUrl.exec(text)) {
    const href = match[0];
    if (hrefs.has(href)) continue;
    hrefs.add(href);
    links.push(linkFacts('', href));
  }

  return {
    item,
    fromAddress,
    fromName: (item.fromName ?? '').trim(),
    fromHost,
    fromDomain,
    fromIsFree: isFreeMailDomain(fromDomain),
    replyTo,
    replyToDomain: addressRegistrable(replyTo),
    returnPathDomain: addressRegistrable(returnPath),
    auth,
    fromAuthenticated: auth.dmarc === 'pass' || dkimAligned,
    fromSigned: dkimAligned,
    bulk: listId !== undefined || unsubscribe !== undefined || /bulk|list/.test(precedence),
    mailingList: listId !== undefined || precedence === 'list',
    forgedListHeaders: forgedListId || forgedUnsubscribe,
    listUnsubscribe: unsubscribe !== undefined,
    subject: item.subject,
    text,
    longText,
    words: new Set(longText.split(wordSplit)),
    links,
  };
}
