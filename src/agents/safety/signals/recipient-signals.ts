/**
 * How the mail addresses you. Bulk lures paste the recipient's e-mail address
 * where a name belongs ("phishing@pot, your storage is full", "Hello
 * ada@example.org"): a sender who knew you would use your name. Mail with no
 * visible recipient at all (Bcc to a list) is a weak hint of the same.
 */
import { isFreeMailDomain } from '../../../domain/mail/free-mail-domains.js';
import { addressRegistrable } from '../domains/registrable-domain.js';
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const greeting =
  /(?:^|\n)\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|hallo|guten tag|liebe[rs]?|hola|estimad[oa]|ol[aá]|prezad[oa](?:\(a\))?|caro|cara|ciao|hej|hoi|beste)\b[^\n]{0,12}$/i;

const addressAsSalutation =
  /(?:^|\b(?:hi|hello|hey|dear|hallo|hola|ol[aá]|bonjour)\s+|^(?:re|fwd?|aw|wg):\s*)([a-z0-9._%+-]+@[a-z0-9.-]+)\s*[,!:]/;

export function recipientSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const recipients = [...facts.item.toAddresses, ...facts.item.ccAddresses]
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address.includes('@') && address !== facts.fromAddress);

  const subject = facts.subject.toLowerCase();
  // An address used as a salutation ("jane@example.org, your parcel..."), even when the mail was
  // sent by Bcc and the address is nowhere among the visible recipients.
  const inSubject =
    recipients.find((address) => subject.includes(address)) ?? addressAsSalutation.exec(subject)?.[1];
  if (inSubject) {
    out.push({
      id: 'recipient.address-in-subject',
      weight: 0.45,
      reason: 'The subject uses your e-mail address where a name would be: typical of mass mailings',
    });
  } else {
    const opening = facts.item.bodyText.slice(0, 600).toLowerCase();
    for (const address of recipients) {
      const at = opening.indexOf(address);
      if (at < 0) continue;
      if (greeting.test(opening.slice(Math.max(0, at - 40), at))) {
        out.push({
          id: 'recipient.greeted-by-address',
          weight: 0.35,
          reason: 'It greets you by your e-mail address instead of your name: typical of mass mailings',
        });
        break;
      }
    }
  }

  // Several visible strangers on different free-mail providers: a list bought or scraped, not a
  // group of colleagues (who share a domain) or a club (which uses a list address).
  const freeDomains = new Set(
    recipients.map((address) => addressRegistrable(address)).filter((domain) => isFreeMailDomain(domain)),
  );
  if (recipients.length >= 3 && freeDomains.size >= 3 && !facts.mailingList) {
    out.push({
      id: 'recipient.strangers',
      weight: 0.2,
      reason: 'It went to a handful of unrelated addresses on different free-mail services',
    });
  }

  if (
    facts.item.toAddresses.length === 0 &&
    facts.item.ccAddresses.length === 0 &&
    !facts.mailingList &&
    facts.fromAddress !== ''
  ) {
    out.push({
      id: 'recipient.undisclosed',
      weight: 0.1,
      reason: 'You are not among the visible recipients (a hidden mailing)',
    });
  }
  return out;
}
