/**
 * SPF, DKIM and DMARC verdicts. A failure is evidence the From address is
 * forged, but forwarding and mailing lists break SPF (and sometimes DKIM)
 * legitimately, so list traffic weighs less and the family alone stays below
 * the scam threshold.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

export const authFamilyCap = 0.75;

export function authSignals(facts: MailFacts): Signal[] {
  const { auth } = facts;
  if (!auth.present) return [];
  const out: Signal[] = [];
  const relayed = facts.mailingList ? 0.35 : 1;
  const domain = facts.fromHost?.hostname ?? 'the sender';
  const dkimPass = auth.dkim.some((signature) => signature.result === 'pass');

  if (auth.dmarc === 'fail') {
    out.push({
      id: 'auth.dmarc-fail',
      weight: 0.55 * relayed,
      reason: `The sender's domain ${domain} failed DMARC: the From address is probably forged`,
    });
  } else if (auth.compauth === 'fail' && !facts.fromAuthenticated) {
    out.push({
      id: 'auth.compauth-fail',
      weight: 0.3 * relayed,
      reason: `The receiving server could not confirm that this mail really comes from ${domain}`,
    });
  }
  if ((auth.spf === 'fail' || auth.spf === 'softfail') && !dkimPass) {
    out.push({
      id: 'auth.spf-fail',
      weight: (auth.spf === 'fail' ? 0.3 : 0.2) * relayed,
      reason: `SPF ${auth.spf}: the server that sent this is not allowed to send mail for ${auth.mailFrom ?? domain}`,
    });
  }
  if (auth.dkim.some((signature) => signature.result === 'fail') && !dkimPass) {
    out.push({ id: 'auth.dkim-fail', weight: 0.15 * relayed, reason: 'The DKIM signature does not verify' });
  }
  const noSpf = auth.spf === null || auth.spf === 'none' || auth.spf === 'neutral';
  const noDkim = auth.dkim.every((signature) => signature.result === 'none');
  if (noSpf && noDkim && (auth.dmarc === null || auth.dmarc === 'none') && facts.fromDomain) {
    out.push({
      id: 'auth.unauthenticated',
      weight: 0.2,
      reason: `${facts.fromDomain} is not authenticated at all (no SPF, DKIM or DMARC)`,
    });
  } else if (noDkim && facts.fromDomain && !facts.fromIsFree && auth.dkim.length > 0) {
    // Since 2024 the big mailbox providers expect every bulk sender to sign its mail; an
    // organisation's domain that passes SPF but signs nothing is often a fresh throwaway.
    out.push({
      id: 'auth.unsigned',
      weight: 0.1,
      reason: `${facts.fromDomain} does not sign its mail (no DKIM signature)`,
    });
  }
  return out;
}
