/**
 * Pretending to be someone: a brand in the display name sent from a domain
 * that is not the brand's, a sender domain that imitates a brand or a domain
 * the user writes to, punycode look-alikes, and display names carrying an
 * address other than the real one.
 */
import { domainToUnicode } from 'node:url';
import { type Brand, brands, brandsIn, isBrandDomain } from '../domains/brands.js';
import { boundedEditDistance, imitates, skeleton } from '../domains/lookalike.js';
import { addressRegistrable, type HostInfo, hostInfo } from '../domains/registrable-domain.js';
import type { KnownContactsIndex } from '../known-contacts-index.js';
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const serviceWords =
  /\b(?:support|security|team|billing|account|accounts|service|services|customer|care|notification|notifications|alert|alerts|online|live|help|desk|center|centre|no-?reply|official|inc|ltd|llc|corp|corporation|bank|mail|express|delivery|shipping|wallet|pay|id|the|de|do|da|from|via|[-|:–.,()[\]])\b/gi;

/** An ambiguous brand word counts only when the display name is essentially the brand. */
function nameIsBrand(displayName: string, candidate: Brand): boolean {
  if (!candidate.ambiguous) return true;
  const rest = displayName
    .replace(candidate.pattern, ' ')
    .replace(serviceWords, ' ')
    .replace(/[^a-z]+/gi, '');
  return rest.length === 0;
}

/** The label of `host`'s registrable domain, in Unicode when the name is punycode. */
function unicodeLabel(host: HostInfo): string | null {
  if (!host.domain || !host.label) return null;
  if (!host.punycode) return host.label;
  return domainToUnicode(host.domain).split('.')[0] ?? host.label;
}

const imitationCache = new Map<string, Brand | null>();

/** Labels worth comparing against: the brand's main one, and other long distinctive ones. */
function imitationLabels(candidate: Brand): readonly string[] {
  return candidate.labels.filter((label, index) => index === 0 || label.length >= 6);
}

/** The brand `host` imitates, if any (never the brand's own domain). Cached per host. */
export function imitatedBrand(host: HostInfo): Brand | null {
  const hit = imitationCache.get(host.hostname);
  if (hit !== undefined) return hit;
  const found = findImitatedBrand(host);
  if (imitationCache.size >= 5000) imitationCache.clear();
  imitationCache.set(host.hostname, found);
  return found;
}

function imitatesStrictly(label: string, real: string): boolean {
  if (label === real) return false;
  if (skeleton(label) === skeleton(real)) return true;
  return imitates(label, real) && boundedEditDistance(label, real, 2) > 2;
}

const commonSuffix = /^(?:com|net|org|co|de|fr|br|uk|es|it|ca|au|in|jp)$/;

function wearsDomain(subdomain: string, real: string): boolean {
  const parts = subdomain.split('.');
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i] === real && commonSuffix.test(parts[i + 1]!)) return true;
  }
  return false;
}

function findImitatedBrand(host: HostInfo): Brand | null {
  const label = unicodeLabel(host);
  if (!label) return null;
  for (const candidate of brands) {
    if (isBrandDomain(candidate, host.domain, host.label)) return null;
  }
  for (const candidate of brands) {
    for (const [index, real] of imitationLabels(candidate).entries()) {
      if (real.length < 4) continue;
      // Ordinary words ("chase", "ledger") and secondary names ("windows": lindows.com is
      // a real company) only count when spelled with look-alike characters or a phishy word.
      const strict = candidate.ambiguous === true || index > 0;
      const match = strict ? imitatesStrictly(label, real) : imitates(label, real);
      if (match) return candidate;
      // "paypal.com.account-check.top": the brand's domain worn as a subdomain.
      if (!candidate.ambiguous && host.subdomain && wearsDomain(host.subdomain, real)) return candidate;
    }
  }
  return null;
}

function brandOwning(host: HostInfo): Brand | null {
  for (const candidate of brands) {
    if (candidate.labels.length > 0 && isBrandDomain(candidate, host.domain, host.label)) return candidate;
  }
  return null;
}

function authFailed(facts: MailFacts): boolean {
  const { auth } = facts;
  if (auth.dmarc === 'fail' || auth.compauth === 'fail') return true;
  const noDkim = auth.dkim.every((signature) => signature.result !== 'pass');
  return (
    noDkim && (auth.spf === 'fail' || auth.spf === 'softfail' || auth.spf === 'none' || auth.spf === null)
  );
}

const machineMadeName = /\d{6,}|[|\\*#]{1,}.*[|\\*#]|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;

/**
 * The brand (or generic mail service) the display name claims while the mail
 * comes from none of its domains. "F.e.d.E.x" and "P a y P a l" are read with
 * the separators removed too: letters spelled apart only to slip past filters.
 */
export function claimedBrand(facts: MailFacts): Brand | null {
  const nameForBrands = facts.fromName.replace(/[^\p{L}\p{N}@.&+-]+/gu, ' ');
  const spelledApart = /(?:^|\s)((?:\p{L}[.\-_ *]){2,}\p{L})(?=\s|$)/u.exec(facts.fromName)?.[1];
  const joined = spelledApart ? ` ${spelledApart.replace(/[.\-_ *]/g, '')}` : '';
  for (const candidate of brandsIn(nameForBrands + joined)) {
    if (isBrandDomain(candidate, facts.fromDomain, facts.fromHost?.label ?? null)) continue;
    if (nameIsBrand(facts.fromName, candidate)) return candidate;
  }
  return null;
}

export function impersonationSignals(facts: MailFacts, known: KnownContactsIndex): Signal[] {
  const out: Signal[] = [];
  const host = facts.fromHost;
  const shownDomain = host?.hostname ?? 'an unknown domain';

  const claimed = claimedBrand(facts);
  if (claimed) {
    const generic = claimed.labels.length === 0;
    const weight = facts.fromIsFree ? (generic ? 0.5 : 0.75) : generic ? 0.25 : 0.55;
    out.push({
      id: generic ? 'impersonation.service-name' : 'impersonation.brand-name',
      weight,
      reason: generic
        ? `The sender calls itself "${facts.fromName}" but writes from ${shownDomain}`
        : `The sender calls itself "${facts.fromName}" but writes from ${shownDomain}, which is not a ${claimed.name} domain`,
    });
  }

  // A brand's own domain that fails authentication: brands publish strict SPF/DKIM/DMARC.
  const ownBrand = host ? brandOwning(host) : null;
  if (ownBrand && facts.auth.present && !facts.fromAuthenticated && authFailed(facts)) {
    out.push({
      id: 'impersonation.brand-domain-spoofed',
      weight: 0.6,
      reason: `The mail claims to come from ${facts.fromDomain} (${ownBrand.name}) but that domain did not authenticate it`,
    });
  }

  if (host) {
    const brand = imitatedBrand(host);
    if (brand) {
      out.push({
        id: 'impersonation.brand-lookalike-domain',
        weight: 0.8,
        reason: `The sender's domain ${host.unicode} imitates ${brand.name}`,
      });
    } else if (host.punycode) {
      out.push({
        id: 'impersonation.punycode-domain',
        weight: 0.45,
        reason: `The sender's domain ${host.hostname} (${host.unicode}) uses international look-alike characters`,
      });
    }
    const label = host.label;
    if (label && facts.fromDomain && !known.domains.has(facts.fromDomain)) {
      for (const [knownDomain, knownLabel] of known.domains) {
        if (knownLabel.length >= 4 && imitates(label, knownLabel)) {
          out.push({
            id: 'impersonation.contact-lookalike-domain',
            weight: 0.9,
            reason: `The sender's domain ${facts.fromDomain} looks like ${knownDomain}, a domain you write to, but is different`,
          });
          break;
        }
      }
    }
  }

  if (facts.fromName && machineMadeName.test(facts.fromName)) {
    out.push({
      id: 'impersonation.machine-made-name',
      weight: 0.2,
      reason: `The sender name "${facts.fromName}" looks machine-made (codes, symbols or emoji)`,
    });
  }

  // "john@acme.com" <evil@gmail.com>: the name shows an address that is not the sender.
  const shownAddress = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(facts.fromName)?.[0]?.toLowerCase();
  if (shownAddress && shownAddress !== facts.fromAddress) {
    const shownRegistrable = addressRegistrable(shownAddress);
    if (shownRegistrable !== facts.fromDomain) {
      const isContact = known.addresses.has(shownAddress);
      out.push({
        id: isContact ? 'impersonation.contact-address-in-name' : 'impersonation.address-in-name',
        weight: isContact ? 0.9 : 0.45,
        reason: `The sender name shows ${shownAddress} but the mail comes from ${facts.fromAddress || 'another address'}`,
      });
    }
  }

  // "Money.com Marketing" <x@unrelated.de>: the name shows a web domain the mail does not come from.
  if (!shownAddress) {
    const shownSite =
      /(?:^|[\s("'])((?:[a-z0-9-]+\.)+(?:com|net|org|de|fr|es|it|nl|br|uk|io|co|info|biz|shop|store))\b/i.exec(
        facts.fromName,
      )?.[1];
    const siteDomain = shownSite ? hostInfo(shownSite.toLowerCase()).domain : null;
    // Publishers do send as "News.com" from a mailing domain of their own, so this stays weak.
    if (siteDomain && facts.fromDomain && siteDomain !== facts.fromDomain && !facts.fromAuthenticated) {
      out.push({
        id: 'impersonation.domain-in-name',
        weight: 0.15,
        reason: `The sender name shows ${shownSite} but the mail comes from ${facts.fromDomain}`,
      });
    }
  }

  // Same local part as a contact, but on a free-mail domain: "jane.doe@gmail.com" for jane.doe@acme.com.
  if (facts.fromIsFree && !known.addresses.has(facts.fromAddress)) {
    const local = facts.fromAddress.slice(0, facts.fromAddress.indexOf('@'));
    const contact = known.localParts.get(local);
    if (contact && addressRegistrable(contact) !== facts.fromDomain) {
      out.push({
        id: 'impersonation.contact-on-free-mail',
        weight: 0.6,
        reason: `The sender uses the name of your contact ${contact} but writes from a free-mail address`,
      });
    }
  }
  return out;
}
