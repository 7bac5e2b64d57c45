/**
 * The claim mismatch: a mail that keeps naming one organisation (see
 * claimed-organisation.ts) while neither its sender, nor any domain that signed
 * it, nor any of its links belongs to anything of that name, and that asks the
 * reader to act through a link. Real newsletters and notices name their own
 * organisation and link to it; mail relayed by a sending service is signed by
 * the sender's own domain. What is left is a borrowed name: a bank-named
 * tenant, an unrelated domain renting Amazon SES or Klaviyo, a From with no
 * domain at all. Works for any organisation, not only the brand list.
 */
import { senderPlatform } from '../domains/platform-domains.js';
import { hostInfo } from '../domains/registrable-domain.js';
import { freeHostingSuffixes, matchesSuffix, trackingDomains } from '../domains/url-lists.js';
import type { MailFacts } from '../mail-facts.js';
import { type ClaimedOrganisation, claimedOrganisation, functionWord } from './claimed-organisation.js';
import { related } from './sender-identity-signals.js';
import type { Signal } from './signal.js';

const maxSites = 2;

/** True when a host is named after the claim: "ledger" in links.ledger.com, "cb" for Centraal Beheer. */
export function hostBearsClaim(claim: ClaimedOrganisation, hostname: string): boolean {
  const info = hostInfo(hostname);
  const labels = info.hostname.split('.');
  const glued = info.hostname.replace(/[^a-z0-9]/g, '');
  if (claim.words.some((word) => glued.includes(word))) return true;
  if (claim.initials.some((abbr) => labels.includes(abbr))) return true;
  // Three-letter names match a whole label, as for display names: "DHL EXPRESS" / dhl.com.
  if (related(claim.name, `x@${info.hostname}`)) return true;
  // A domain label that is a word of the name: "bahn" in "Deutsche Bahn Kundenservice".
  const nameText = claim.words.join('');
  return labels.some((label) => label.length >= 4 && nameText.includes(label));
}

/** Replies, forwards and list traffic ("[list] ..." subjects) pass on other people's names. */
function isConversationOrList(facts: MailFacts): boolean {
  const headers = facts.item.headers;
  if (facts.mailingList || headers['in-reply-to'] !== undefined || headers.references !== undefined)
    return true;
  return /^\s*(?:\[[^\]]+\]|(?:re|aw|sv|fw|fwd|tr|wg|rv|vs)\s*:)/i.test(facts.subject);
}

/** Name particles that people's names carry; any other small word makes a name a phrase, not a person. */
const particle = /^(?:van|von|de|la|le|da|di|del|der|den|ten|ter|du|dos|das|bin|al|st)$/i;

/**
 * A person writing from their own mailbox: a name of two to four capitalised words whose
 * first or last name is in the address ("Robin Hill" <robin.hill@...>, "Greg Ward" <gward@...>).
 */
function personalMailbox(facts: MailFacts, name: string): boolean {
  const all = name.split(/[\s,]+/).filter((part) => part !== '');
  if (all.some((part) => functionWord.test(part.toLowerCase()) && !particle.test(part))) return false;
  const parts = all.filter((part) => !particle.test(part));
  if (parts.length < 2 || parts.length > 4) return false;
  if (!parts.every((part) => /^\p{Lu}[\p{Ll}'.-]*$/u.test(part))) return false;
  const local = (facts.fromAddress.split('@')[0] ?? '').toLowerCase();
  return parts.some((part) => {
    const word = part.toLowerCase().replace(/[^a-z]/g, '');
    return word.length >= 3 && local.includes(word);
  });
}

/** Every host the mail could rightly belong to: its sender, its signers, its reply address and its links. */
function ownHosts(facts: MailFacts): string[] {
  const hosts: string[] = [];
  const from = facts.fromHost;
  // A platform tenant's name is whatever its renter typed, and a From with no valid domain owns
  // nothing: neither proves anything.
  if (from && facts.fromDomain && !senderPlatform(from.hostname)) hosts.push(from.hostname);
  for (const signature of facts.auth.dkim) {
    if (signature.result === 'pass' && signature.domain) hosts.push(signature.domain);
  }
  if (facts.replyToDomain) hosts.push(facts.replyToDomain);
  for (const link of facts.links) {
    const host = link.host;
    if (!host) continue;
    // On free hosting and shared platforms the renter picks the subdomain: only the platform counts.
    const rented =
      matchesSuffix(host.hostname, freeHostingSuffixes) || senderPlatform(host.hostname) !== null;
    hosts.push(rented ? (host.domain ?? host.hostname) : host.hostname);
  }
  return hosts;
}

export function claimMismatchSignals(facts: MailFacts): Signal[] {
  if (facts.fromIsFree || isConversationOrList(facts)) return [];
  // The shape of the ask: one or two sites to go to, at least one of them not the sender's own.
  // A newsletter's many links, or links only to the sender's own site, are another matter.
  const webLinks = facts.links.filter(
    (link) =>
      link.host &&
      (link.scheme === 'http' || link.scheme === 'https') &&
      !trackingDomains.has(link.host.domain ?? ''),
  );
  const sites = new Set(webLinks.map((link) => link.host?.domain ?? link.host?.hostname));
  if (sites.size === 0 || sites.size > maxSites) return [];
  // Mostly links to the sender's own domain: its own newsletter or notice, whatever name it signs.
  const own = webLinks.filter((link) => facts.fromDomain && link.host?.domain === facts.fromDomain).length;
  if (own * 2 >= webLinks.length) return [];
  const claim = claimedOrganisation(facts);
  if (!claim || personalMailbox(facts, claim.name)) return [];
  if (ownHosts(facts).some((host) => hostBearsClaim(claim, host))) return [];
  const target = webLinks[0]?.host?.domain ?? webLinks[0]?.host?.hostname ?? '';
  return [
    {
      id: 'sender.claim-mismatch',
      weight: 0.4,
      reason: `It presents itself as "${claim.name}", yet neither its sender nor its links (such as ${target}) belong to anything of that name`,
    },
  ];
}
