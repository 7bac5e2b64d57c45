/**
 * The combinations that matter more than their parts: credentials asked for by
 * an impostor, bait from a sender that is not who it claims, bait behind a
 * disguised link, several disguises at once, money asked for from a mismatched
 * address. Read after every signal family has run.
 */
import { type Brand, brands, brandsIn, isBrandDomain } from './domains/brands.js';
import { trackingDomains } from './domains/url-lists.js';
import type { MailFacts } from './mail-facts.js';
import { claimedBrand } from './signals/impersonation-signals.js';
import type { LanguageObservations } from './signals/language-signals.js';
import type { LinkObservations } from './signals/link-signals.js';
import type { Signal } from './signals/signal.js';

export function combinations(
  facts: MailFacts,
  signals: Signal[],
  language: LanguageObservations,
  links: LinkObservations,
): Signal[] {
  const freeHosting = links.freeHosting;
  const out: Signal[] = [];
  const has = (prefix: string) => signals.some((signal) => signal.id.startsWith(prefix));
  const impostor =
    has('impersonation.') ||
    has('link.text-shows-brand') ||
    has('link.brand-lookalike') ||
    has('auth.dmarc-fail') ||
    has('auth.compauth-fail') ||
    has('sender.invalid-domain') ||
    has('sender.platform-subdomain') ||
    has('sender.name-unrelated-to-domain');
  if (language.credential || language.threat) {
    if (impostor || freeHosting || facts.fromIsFree || has('link.raw-ip') || has('link.user-info')) {
      out.push({
        id: 'combo.credentials-from-impostor',
        weight: 0.35,
        reason: 'It asks for account details while the sender or the link is not what it claims to be',
      });
    }
    if (!has('impersonation.brand-name')) {
      const named = brandsIn(facts.subject).find(
        (brand) =>
          brand.labels.length > 0 &&
          !brand.ambiguous &&
          !isBrandDomain(brand, facts.fromDomain, facts.fromHost?.label ?? null),
      );
      if (named) {
        out.push({
          id: 'combo.brand-in-subject',
          weight: 0.3,
          reason: `It uses the ${named.name} name but does not come from a ${named.name} domain`,
        });
      }
    }
  }
  // Bait (prize, money waiting, spam offer, parcel fee) from a sender that is not who it says,
  // or that mass-mails you by address: the shape of most modern bulk phishing.
  // Only the sender side counts here: a newsletter's many links may include an odd one.
  const senderImpostor =
    has('impersonation.') ||
    has('auth.dmarc-fail') ||
    has('auth.compauth-fail') ||
    has('sender.invalid-domain') ||
    has('sender.no-address') ||
    has('sender.platform-subdomain') ||
    has('sender.name-unrelated-to-domain');
  const bulkLure = has('recipient.') || has('text.obfuscated-letters') || has('sender.random-looking-domain');
  if (
    (language.lure || language.payment) &&
    (senderImpostor || bulkLure || has('sender.reply-to-free-mail'))
  ) {
    out.push({
      id: 'combo.lure-from-unrelated-sender',
      weight: 0.3,
      reason: 'It dangles money, a prize or an offer, from a sender that does not match who it claims to be',
    });
  }
  // Bait whose link hides where it goes: the text shows one site and opens another, a
  // shortener, a bare IP or an abuse-heavy domain ending. Honest offers link to the shop.
  const disguisedLink =
    has('link.text-shows-') ||
    has('link.shortener') ||
    has('link.raw-ip') ||
    has('link.user-info') ||
    has('link.brand-lookalike') ||
    has('link.suspicious-tld');
  if (language.lure && disguisedLink && links.linkDomains <= 4) {
    out.push({
      id: 'combo.lure-with-disguised-link',
      weight: 0.25,
      reason: 'It dangles an offer behind a link that hides where it really goes',
    });
  }
  // Several independent disguises at once (a made-up name on a random domain, hidden
  // recipients, every link to a third site...) rarely meet in honest mail.
  const disguises = [
    'sender.name-unrelated-to-domain',
    'sender.random-looking-domain',
    'sender.platform-subdomain',
    'link.single-unrelated-destination',
    'link.shortener',
    'recipient.undisclosed',
    'recipient.address-in-subject',
    'recipient.greeted-by-address',
    'auth.unauthenticated',
    'auth.unsigned',
    'sender.return-path-mismatch',
    'sender.null-return-path',
    'sender.forged-list-headers',
    'impersonation.domain-in-name',
    'sender.suspicious-tld',
    'recipient.strangers',
    'text.fake-trust-banner',
    'text.image-only',
    'text.no-text',
    'sender.foreign-tenant',
    'recipient.cc-repeats-to',
    'sender.forged-service-message-id',
  ].filter((id) => signals.some((signal) => signal.id === id)).length;
  if (disguises >= 3) {
    out.push({
      id: 'combo.many-disguises',
      weight: disguises >= 4 ? 0.35 : 0.25,
      reason: 'Several things about the sender and the links are disguised at once',
    });
  }
  if (language.payment && (impostor || facts.fromIsFree || has('sender.reply-to'))) {
    out.push({
      id: 'combo.payment-from-mismatched-sender',
      weight: language.giftCard ? 0.4 : 0.25,
      reason: 'It asks for money from an address that does not match who it claims to be',
    });
  }
  // A brand named as the sender while nothing in the mail leads to that brand: real brand
  // mail links home, directly or through its own tracker (see leadsHome).
  if (has('impersonation.brand-name')) {
    const brand = claimedBrand(facts);
    if (brand && !leadsHome(facts, brand)) {
      out.push({
        id: 'combo.brand-never-linked',
        weight: 0.25,
        reason: `It claims to be ${brand.name}, yet none of its links lead to ${brand.name}`,
      });
    }
  }
  // The opener of a business-email-compromise scam ("are you available?", "I need a quick
  // favour") is a short note with nothing to click; alone it reads like any colleague. From a
  // sender whose reply address or name does not fit, it is the first step of the scam.
  if (language.favour && shortPlainNote(facts)) {
    const mismatched =
      has('sender.reply-to') ||
      has('sender.free-mail-executive') ||
      has('sender.free-mail-organisation') ||
      has('impersonation.address-in-name') ||
      has('impersonation.contact-') ||
      has('sender.name-unrelated-to-domain');
    if (mismatched) {
      out.push({
        id: 'combo.favour-from-mismatched-sender',
        weight: 0.35,
        reason:
          'It opens with a request for a favour or your time, from a sender whose name or reply address does not fit',
      });
    }
  }
  return out;
}

/**
 * True when a web link goes to the brand, or when the links lead only to the sender's own
 * site, click trackers and other brands' pages (app stores, social media): a partner or a
 * reseller mailing under the brand's name. Links to an unknown third site and none to the
 * brand, or no link at all, is how a borrowed name reads.
 */
function leadsHome(facts: MailFacts, brand: Brand): boolean {
  let links = 0;
  let elsewhere = false;
  for (const link of facts.links) {
    if (link.scheme !== 'http' && link.scheme !== 'https') continue;
    const host = link.host;
    if (!host) continue;
    links++;
    if (isBrandDomain(brand, host.domain, host.label)) return true;
    if (host.domain !== null && host.domain === facts.fromDomain) continue;
    const tracker =
      (host.domain !== null && trackingDomains.has(host.domain)) || trackingDomains.has(host.hostname);
    if (!tracker && !brands.some((other) => isBrandDomain(other, host.domain, host.label))) elsewhere = true;
  }
  return links > 0 && !elsewhere;
}

/** A few lines with no web link and no attachment. */
function shortPlainNote(facts: MailFacts): boolean {
  if (facts.item.attachments.length > 0) return false;
  if (facts.links.some((link) => link.scheme === 'http' || link.scheme === 'https')) return false;
  return facts.item.bodyText.replace(/\s+/g, '').length < 400;
}
