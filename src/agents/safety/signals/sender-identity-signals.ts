/**
 * Whether the name on the envelope fits the address behind it: a sender on a
 * shared platform subdomain (project-id.firebaseapp.com), a display name that
 * presents an organisation with no link to the sending domain ("Mondial Relay"
 * from staroflifeprodukter.de), and random-looking sending domains. Each is
 * common enough in odd-but-honest mail to stay weak alone; they matter next to
 * a lure (see the combinations in score-mail).
 */
import { senderPlatform } from '../domains/platform-domains.js';
import { looksRandom } from '../domains/random-label.js';
import { suspiciousTlds } from '../domains/url-lists.js';
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

/** Words that make a display name an organisation rather than a person, in the languages phishing uses most. */
export const organisationWord =
  /\b(?:team|support|service|services|customer|care|bank|banco|banque|casino|invest|investing|investment|savings|company|corp|group|gruppe|groupe|relay|delivery|livraison|colis|paket|post|poste|correos|shipping|logistics|department|departamento|d[ée]partement|receita|federal|government|gouvernement|ministry|minist[ée]rio|official|oficial|security|securit[ée]|account|accounts|billing|payment|payments|zahlung|zahlungsbest[äa]tigung|pagamento|paiement|rewards?|gift|bonus|jackpot|lottery|lotto|verification|verifizierung|v[ée]rification|insurance|warranty|loan|loans|credit|finance|financial|wallet|exchange|crypto|store|shop|online|newsletter|alerts?|notifications?|notificaci[oó]n|aviso|avisos|admin|administrator|helpdesk|partner|club|inc|ltd|llc|gmbh|ltda|diet|pharmacy|health|screening|savings|deals?|offers?|promo|storage|cloud|mail|webmail|energy|energie|collective|collectief|kollektiv|national|nationaal|association|stichting|opinion|survey|panel|dating|singles)\b/i;
/** Bait in the sender's own name: "PrizeOpinion", "Jackpot-Verifizierung", "Free Gift Center". */
const lureName =
  /\b(?:prize|prizes|winner|winners|win|reward|rewards|bonus|jackpot|casino|giveaway|sweepstakes?|lottery|lotto|gift|gifts|free|gratis|kostenlos|gewinn|gewinnspiel|premio|pr[êe]mio|cadeau)\b/i;
/** Second-level "domains" sold as if they were top-level ones (topoffers.sa.com). */
const pseudoTld = /\.(?:sa|za|us|eu|uk|gb|br|cn|ru|de|jpn|in|ae)\.com$|\.(?:us|eu|uk)\.org$/;
const symbols = /[|\\*#_]|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;
const capitalWord = /\b[A-Z]{3,}\b/;

/** "PrizeOpinion" -> "Prize Opinion", "DappRadar" -> "Dapp Radar": brand-style names glue words together. */
function splitCamel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3);
}

/** True when the display name and the address share a name: "Dell Computer" / dell.com, "acme" in mail.acme.io. */
export function related(name: string, address: string): boolean {
  const nameWords = words(name);
  const addressText = address.toLowerCase().replace(/[^a-z0-9]/g, '');
  const nameText = nameWords.join('');
  if (nameWords.some((word) => word.length >= 4 && addressText.includes(word))) return true;
  // Short names match only a whole label of the domain: "DHL" / dhl.com, "WWF" / news.wwf.de.
  const domainLabels = (address.split('@').pop() ?? '').toLowerCase().split('.');
  if (nameWords.some((word) => word.length === 3 && domainLabels.includes(word))) return true;
  const addressWords = address
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(
      (word) =>
        word.length >= 4 &&
        !/^(?:mail|email|news|info|noreply|reply|service|support|com|net|org)$/.test(word),
    );
  return addressWords.some((word) => nameText.includes(word));
}

export function looksLikeOrganisation(name: string): boolean {
  const split = splitCamel(name);
  return (
    organisationWord.test(split) ||
    lureName.test(split) ||
    symbols.test(name) ||
    capitalWord.test(name) ||
    // A single glued brand-style word ("DappRadar"), not a person's "McDonald".
    /^[A-Z][a-z]{2,}[A-Z][a-z]{2,}$/.test(name)
  );
}

export function senderIdentitySignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const host = facts.fromHost;
  if (!host || facts.fromIsFree) return out;
  const name = facts.fromName.replace(/^["'\s]+|["'\s]+$/g, '');

  const platform = senderPlatform(host.hostname);
  if (platform) {
    const tenant = host.hostname.slice(0, -platform.length - 1);
    const fits = name !== '' && related(name, tenant);
    out.push({
      id: 'sender.platform-subdomain',
      weight: fits ? 0.15 : 0.4,
      reason: `It is sent from ${host.hostname}, a subdomain of the shared platform ${platform} that anyone can set up`,
    });
  }

  const hasAddressInName = /@/.test(name);
  if (name && !hasAddressInName && looksLikeOrganisation(name) && !related(name, facts.fromAddress)) {
    const bait = lureName.test(splitCamel(name));
    out.push({
      id: 'sender.name-unrelated-to-domain',
      weight: facts.fromAuthenticated && facts.bulk ? 0.1 : bait ? 0.35 : 0.25,
      reason: `The sender calls itself "${name}" but writes from ${host.hostname}, which has nothing to do with that name`,
    });
  }

  const tld = host.hostname.slice(host.hostname.lastIndexOf('.') + 1);
  if (!platform && (suspiciousTlds.has(tld) || pseudoTld.test(host.hostname))) {
    out.push({
      id: 'sender.suspicious-tld',
      weight: 0.15,
      reason: `It is sent from ${host.hostname}, on a domain ending used mostly by throwaway senders`,
    });
  }

  // The first label of a sending subdomain counts too: "nryxak.centobox10.com", "9hiwa1.fnideq.shop".
  const firstSub = host.subdomain?.split('.')[0] ?? '';
  const labels = [
    host.label ?? '',
    ...(platform ? [host.hostname.slice(0, -platform.length - 1)] : firstSub ? [firstSub] : []),
  ];
  const random = labels.find((label) => looksRandom(label) || label.split(/[-.]/).some(looksRandom));
  if (random) {
    out.push({
      id: 'sender.random-looking-domain',
      weight: 0.2,
      reason: `The sending domain ${host.hostname} looks machine-generated`,
    });
  }
  return out;
}
