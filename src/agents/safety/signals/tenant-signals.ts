/**
 * Mail signed only by someone else's Microsoft 365 or Google Workspace tenant.
 * A business on those suites that has not set up DKIM for its own domain is
 * signed with its tenant's default domain (contoso.onmicrosoft.com,
 * contoso-com.20230601.gappssmtp.com), and tenants are named after their
 * owner. A signing tenant whose name has nothing to do with the From domain
 * is a rented or taken-over mailbox sending for a domain it does not belong
 * to, the route bulk lures take through cheap trial tenants. Mail that also
 * carries a passing signature of its own domain (forwarding tenants re-sign)
 * is left alone. Weak alone: it says how the mail travelled, not what it wants.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const tenantSuffix = /\.(onmicrosoft\.com|gappssmtp\.com)$/;

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** "contoso-com" / "contosoltd" and contoso.com share a name; "ste20995472" and socialja.com do not. */
function sharesName(tenant: string, fromHostname: string): boolean {
  const tenantText = squash(tenant);
  const parts = fromHostname
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length >= 4);
  if (parts.some((part) => tenantText.includes(part))) return true;
  const tenantParts = tenant
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((part) => part.length >= 4);
  const fromText = squash(fromHostname);
  return tenantParts.some((part) => fromText.includes(part));
}

export function tenantSignals(facts: MailFacts): Signal[] {
  const host = facts.fromHost;
  if (!host || facts.fromSigned || facts.fromIsFree) return [];
  for (const signature of facts.auth.dkim) {
    if (signature.result !== 'pass' || !signature.domain) continue;
    const suite = tenantSuffix.exec(signature.domain)?.[1];
    if (!suite) continue;
    // The tenant's own address (x.onmicrosoft.com) is judged as a platform sender instead.
    if (host.hostname === signature.domain || host.hostname.endsWith(`.${suite}`)) return [];
    const tenant = signature.domain.split('.')[0] ?? '';
    if (sharesName(tenant, host.hostname)) return [];
    return [
      {
        id: 'sender.foreign-tenant',
        weight: 0.25,
        reason: `It was signed by the mail tenant ${signature.domain}, which has nothing to do with ${host.hostname}`,
      },
    ];
  }
  return [];
}
