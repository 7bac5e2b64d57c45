/**
 * What the safety agent needs from the user's known contacts, built once per
 * contact set: their organisation domains (free-mail excluded) for look-alike
 * checks, and their local parts for "same name, different domain" checks.
 */
import { isFreeMailDomain } from '../../domain/mail/free-mail-domains.js';
import { addressRegistrable, hostInfo } from './domains/registrable-domain.js';

export interface KnownContactsIndex {
  addresses: ReadonlySet<string>;
  /** Registrable domain -> its label, organisation domains only. */
  domains: ReadonlyMap<string, string>;
  /** Local part (at least 5 characters) -> the known address it belongs to. */
  localParts: ReadonlyMap<string, string>;
}

const cache = new WeakMap<ReadonlySet<string>, KnownContactsIndex>();

export function knownContactsIndex(addresses: ReadonlySet<string>): KnownContactsIndex {
  const hit = cache.get(addresses);
  if (hit) return hit;
  const domains = new Map<string, string>();
  const localParts = new Map<string, string>();
  for (const raw of addresses) {
    const address = raw.toLowerCase();
    const domain = addressRegistrable(address);
    if (domain && !isFreeMailDomain(domain)) {
      const label = hostInfo(domain).label;
      if (label) domains.set(domain, label);
    }
    const local = address.slice(0, address.indexOf('@'));
    if (
      local.length >= 5 &&
      !/^(?:info|admin|support|contact|hello|office|sales|noreply|no-reply|team)$/.test(local)
    )
      localParts.set(local, address);
  }
  const index = { addresses, domains, localParts };
  cache.set(addresses, index);
  return index;
}
