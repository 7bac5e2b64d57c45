/**
 * How the mail addresses you. Bulk lures paste the recipient's e-mail address
 * where a name belongs ("phishing@pot, your storage is full", "Hello
 * ada@example.org"): a sender who knew you would use your name. Mail with no
 * visible recipient at all (Bcc to a list) is a weak hint of the same.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const greeting =
  /(?:^|\n)\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|hallo|guten tag|liebe[rs]?|hola|estimad[oa]|ol[aá]|prezad[oa](?:\(a\))?|caro|cara|ciao|hej|hoi|beste)\b[^\n]{0,12}$/i;

export function recipientSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const recipients = [...facts.item.toAddresses, ...facts.item.ccAddresses]
    .map((address) => address.trim().toLowerCase())
    .filter((address) => address.includes('@') && address !== facts.fromAddress);

  const subject = facts.subject.toLowerCase();
  const inSubject = recipients.find((address) => subject.includes(address));
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
