/**
 * Traces that bulk-mailing kits leave in the envelope headers and that mail
 * clients and sending services never write:
 *
 * - the recipient repeated in Cc ("To: ada@…, Cc: ada@…"): kits fill both
 *   fields from the same list entry, while a mail client removes a duplicate
 *   and a person has no reason to copy the addressee to themselves;
 * - a Message-ID claiming a sending service that always signs what it sends
 *   (Amazon SES, Gmail) while that service's signature is missing: the ID was
 *   copied from a real mail to borrow its reputation.
 *
 * Both are weak alone and count as disguises (see combinations.ts).
 */
import { headerAll } from '../../agent-item.js';
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

/** Message-ID hosts of services that sign every mail they send, with the signing domains that prove it. */
const signingServices: ReadonlyArray<{ host: RegExp; name: string; signedBy: (domain: string) => boolean }> =
  [
    { host: /(?:^|\.)amazonses\.com$/, name: 'Amazon SES', signedBy: (d) => d === 'amazonses.com' },
    // Gmail and Google Workspace sign with gmail.com or the sender's own domain: any signature will do.
    { host: /^mail\.gmail\.com$/, name: 'Gmail', signedBy: () => true },
  ];

function messageIdHost(facts: MailFacts): string | null {
  const raw = headerAll(facts.item, 'message-id')[0] ?? '';
  const host = /@([a-z0-9.-]+)>?\s*$/i.exec(raw.trim())?.[1];
  return host ? host.toLowerCase() : null;
}

/** Every domain that put a DKIM signature on the mail, checked or not. */
function signingDomains(facts: MailFacts): string[] {
  const out = facts.auth.dkim.map((entry) => entry.domain ?? '').filter((domain) => domain !== '');
  for (const header of headerAll(facts.item, 'dkim-signature')) {
    const domain = /(?:^|;)\s*d\s*=\s*([a-z0-9.-]+)/i.exec(header)?.[1];
    if (domain) out.push(domain.toLowerCase());
  }
  return out;
}

function isReply(facts: MailFacts): boolean {
  return headerAll(facts.item, 'in-reply-to').length > 0 || headerAll(facts.item, 'references').length > 0;
}

export function kitArtifactSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const normalise = (addresses: string[]) =>
    addresses.map((address) => address.trim().toLowerCase()).filter((address) => address.includes('@'));
  const to = normalise(facts.item.toAddresses);
  const cc = normalise(facts.item.ccAddresses);
  // A reply-all or a list thread can legitimately carry an address in both fields.
  if (
    cc.length > 0 &&
    to.length > 0 &&
    to.length <= 3 &&
    cc.every((address) => to.includes(address)) &&
    !isReply(facts) &&
    !facts.mailingList
  ) {
    out.push({
      id: 'recipient.cc-repeats-to',
      weight: 0.3,
      reason: 'It copies you in Cc on top of To, as mass-mailing software does and mail programs never do',
    });
  }

  const host = messageIdHost(facts);
  if (host) {
    const service = signingServices.find((candidate) => candidate.host.test(host));
    // List servers (Mailman, Google Groups) often strip or break the author's signature.
    if (service && !facts.mailingList && !signingDomains(facts).some(service.signedBy)) {
      out.push({
        id: 'sender.forged-service-message-id',
        weight: 0.35,
        reason: `Its message ID claims ${service.name}, yet the signature ${service.name} puts on every mail is missing`,
      });
    }
  }
  return out;
}
