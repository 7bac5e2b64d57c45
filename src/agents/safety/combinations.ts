/**
 * The combinations that matter more than their parts: credentials asked for by
 * an impostor, bait from a sender that is not who it claims, bait behind a
 * disguised link, several disguises at once, money asked for from a mismatched
 * address. Read after every signal family has run.
 */
import { brandsIn, isBrandDomain } from './domains/brands.js';
import type { MailFacts } from './mail-facts.js';
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
  return out;
}
