/**
 * Where the links really go. The strong tell is link text that shows one
 * site while the href opens another; newsletters do that legitimately through
 * click trackers, so tracker and same-sender destinations are left alone and
 * only a shown brand (or a shown domain with an unrelated destination) counts.
 */
import { type Brand, brands, isBrandDomain } from '../domains/brands.js';
import type { HostInfo } from '../domains/registrable-domain.js';
import {
  freeHostingSuffixes,
  matchesSuffix,
  shortenerDomains,
  suspiciousTlds,
  trackingDomains,
} from '../domains/url-lists.js';
import type { MailFacts } from '../mail-facts.js';
import { imitatedBrand } from './impersonation-signals.js';
import type { Signal } from './signal.js';

export const linkFamilyCap = 1.2;

interface HostFlags {
  brandOwner: Brand | null;
  tracker: boolean;
  shortener: boolean;
  freeHosting: boolean;
  oddTld: boolean;
}

/** What a link host is, computed once per host name: hosts repeat across a mailbox. */
const hostFlagsCache = new Map<string, HostFlags>();

function hostFlags(host: HostInfo): HostFlags {
  const hit = hostFlagsCache.get(host.hostname);
  if (hit) return hit;
  let brandOwner: Brand | null = null;
  for (const candidate of brands) {
    if (candidate.labels.length > 0 && isBrandDomain(candidate, host.domain, host.label)) {
      brandOwner = candidate;
      break;
    }
  }
  const flags: HostFlags = {
    brandOwner,
    tracker: (host.domain !== null && trackingDomains.has(host.domain)) || trackingDomains.has(host.hostname),
    shortener: host.domain !== null && shortenerDomains.has(host.domain),
    freeHosting: matchesSuffix(host.hostname, freeHostingSuffixes),
    oddTld: suspiciousTlds.has(host.hostname.slice(host.hostname.lastIndexOf('.') + 1)),
  };
  if (hostFlagsCache.size >= 5000) hostFlagsCache.clear();
  hostFlagsCache.set(host.hostname, flags);
  return flags;
}

function brandOwning(host: HostInfo): Brand | null {
  return hostFlags(host).brandOwner;
}

function isTracker(host: HostInfo): boolean {
  return hostFlags(host).tracker;
}

/**
 * The one domain every web link leads to, when that domain is neither the
 * sender's, a known click tracker, nor a brand's own site: lures point
 * everything at the landing page, while honest mail links back to its sender.
 */
function unrelatedDestination(facts: MailFacts): string | null {
  let target: string | null = null;
  let buttons = 0;
  for (const link of facts.links) {
    if (link.scheme !== 'http' && link.scheme !== 'https') continue;
    const domain = link.host?.domain ?? link.host?.hostname ?? null;
    if (!domain || !link.host) continue;
    if (domain === facts.fromDomain) return null;
    if (target !== null && domain !== target) return null;
    target = domain;
    // A written-out URL is a reference; "Click here" or an image over the link is a lure's button.
    if (!link.text.includes('://') && !link.shownHost) buttons++;
  }
  // A From with no usable domain (`<"x@y">`, `<x@brand>`) owns no site, so one target is unrelated too.
  if (target === null) return null;
  const host = facts.links.find((link) => (link.host?.domain ?? link.host?.hostname) === target)?.host;
  if (!host || isTracker(host) || brandOwning(host) || hostFlags(host).shortener) return null;
  return buttons >= 2 ? target : null;
}

export interface LinkObservations {
  signals: Signal[];
  /** A link leads to free hosting or a form builder (used in combinations). */
  freeHosting: boolean;
  linkCount: number;
  /** Distinct registrable domains linked to: a lure has one or two, a newsletter many. */
  linkDomains: number;
}

export function linkSignals(facts: MailFacts): LinkObservations {
  const out: Signal[] = [];
  let mismatchBrand = false;
  let mismatchOther = false;
  let ip = false;
  let userInfo = false;
  let shortener = false;
  let punycode = false;
  let lookalike = false;
  let scriptScheme = false;
  let freeHosting: string | null = null;
  const oddTlds = new Set<string>();

  for (const link of facts.links) {
    if (link.scheme === 'javascript' || link.scheme === 'data') {
      if (!scriptScheme) {
        scriptScheme = true;
        out.push({
          id: 'link.script-url',
          weight: 0.6,
          reason: `A link runs code or embeds a page (${link.scheme}:)`,
        });
      }
      continue;
    }
    const host = link.host;
    if (!host) continue;
    if (link.userInfo && !userInfo) {
      userInfo = true;
      out.push({
        id: 'link.user-info',
        weight: 0.6,
        reason: `A link hides its real destination ${host.hostname} behind an @`,
      });
    }
    if (host.isIp) {
      if (!ip) {
        ip = true;
        out.push({
          id: 'link.raw-ip',
          weight: 0.5,
          reason: `A link goes to a bare IP address (${host.hostname})`,
        });
      }
      continue;
    }
    const shown = link.shownHost;
    if (shown?.domain && host.domain && shown.domain !== host.domain) {
      const shownBrand = brandOwning(shown);
      const sameBrand = shownBrand !== null && isBrandDomain(shownBrand, host.domain, host.label);
      // A signed newsletter may route every link through its own redirector.
      const ownRedirector = host.domain === facts.fromDomain && facts.fromAuthenticated && facts.bulk;
      if (shownBrand && !sameBrand && !isTracker(host) && !ownRedirector && !mismatchBrand) {
        mismatchBrand = true;
        out.push({
          id: 'link.text-shows-brand',
          weight: 0.9,
          reason: `The link text shows ${shown.hostname} but it opens ${host.hostname}`,
        });
      } else if (
        !shownBrand &&
        !mismatchOther &&
        !isTracker(host) &&
        host.domain !== facts.fromDomain &&
        shown.domain !== facts.fromDomain
      ) {
        mismatchOther = true;
        out.push({
          id: 'link.text-shows-other-domain',
          weight: 0.3,
          reason: `The link text shows ${shown.hostname} but it opens ${host.hostname}`,
        });
      }
    }
    // t.co is Twitter's own wrapper; in mail from anyone else it is a shortener hiding the target.
    const tco = host.domain === 't.co' && facts.fromDomain !== 'twitter.com' && facts.fromDomain !== 'x.com';
    if ((hostFlags(host).shortener || tco) && !shortener) {
      shortener = true;
      out.push({
        id: 'link.shortener',
        weight: 0.25,
        reason: `A link uses the shortener ${host.domain}, which hides where it leads`,
      });
    }
    if (host.punycode && !punycode) {
      punycode = true;
      out.push({
        id: 'link.punycode',
        weight: 0.4,
        reason: `A link goes to ${host.unicode}, a domain written with look-alike international characters`,
      });
    }
    if (!lookalike && host.domain !== facts.fromDomain) {
      const brand = imitatedBrand(host);
      if (brand) {
        lookalike = true;
        out.push({
          id: 'link.brand-lookalike',
          weight: 0.7,
          reason: `A link goes to ${host.hostname}, which imitates ${brand.name}`,
        });
      }
    }
    if (!freeHosting && matchesSuffix(host.hostname, freeHostingSuffixes)) freeHosting = host.hostname;
    const tld = host.hostname.slice(host.hostname.lastIndexOf('.') + 1);
    if (suspiciousTlds.has(tld) && host.domain !== facts.fromDomain)
      oddTlds.add(host.domain ?? host.hostname);
  }

  // A newsletter links to many sites; one odd link among them says less than in a short lure.
  const hosts = new Set<string>();
  for (const link of facts.links) if (link.host?.domain) hosts.add(link.host.domain);
  if (hosts.size >= 8) {
    for (const [index, signal] of out.entries()) {
      if (signal.id === 'link.brand-lookalike' || signal.id === 'link.text-shows-other-domain')
        out[index] = { ...signal, weight: signal.weight * 0.5 };
    }
  }

  const unrelated = unrelatedDestination(facts);
  if (unrelated) {
    out.push({
      id: 'link.single-unrelated-destination',
      weight: 0.2,
      reason: `Its links all lead to ${unrelated}, which has nothing to do with the sender`,
    });
  }

  if (oddTlds.size > 0) {
    const first = [...oddTlds][0]!;
    out.push({
      id: 'link.suspicious-tld',
      weight: oddTlds.size > 1 ? 0.25 : 0.15,
      reason: `A link goes to ${first}, on a top-level domain used mostly for abuse`,
    });
  }
  if (freeHosting) {
    out.push({
      id: 'link.free-hosting',
      weight: 0.1,
      reason: `A link goes to ${freeHosting}, a free hosting or form service`,
    });
  }
  return {
    signals: out,
    freeHosting: freeHosting !== null,
    linkCount: facts.links.length,
    linkDomains: hosts.size,
  };
}
