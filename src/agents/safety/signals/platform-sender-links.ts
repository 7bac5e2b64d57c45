/**
 * A sender on a shared platform's subdomain (`<tenant>.onmicrosoft.com`,
 * `<project>.firebaseapp.com`, ...) that sends the reader to a site bearing
 * neither its display name nor its tenant name. Organisations that mail from a
 * platform address link to the platform itself or to their own site; a rented
 * or taken-over tenant points at the landing page of whatever it impersonates.
 */

import { senderPlatform } from '../domains/platform-domains.js';
import { trackingDomains } from '../domains/url-lists.js';
import type { MailFacts } from '../mail-facts.js';
import { related } from './sender-identity-signals.js';
import type { Signal } from './signal.js';

function isReply(facts: MailFacts): boolean {
  const headers = facts.item.headers;
  return headers['in-reply-to'] !== undefined || headers.references !== undefined;
}

/** The first linked site unrelated to the sender's name and tenant, or null when any link fits the sender. */
function elsewhere(facts: MailFacts, name: string, tenant: string): string | null {
  let unrelated: string | null = null;
  for (const link of facts.links) {
    if (link.scheme !== 'http' && link.scheme !== 'https') continue;
    const domain = link.host?.domain ?? link.host?.hostname;
    if (!domain || domain === facts.fromDomain) continue;
    if (trackingDomains.has(domain)) continue;
    const site = `x@${domain}`;
    if ((name !== '' && related(name, site)) || related(tenant, site)) return null;
    unrelated ??= domain;
  }
  return unrelated;
}

export function platformSenderLinkSignals(facts: MailFacts): Signal[] {
  const host = facts.fromHost;
  if (!host || isReply(facts)) return [];
  const platform = senderPlatform(host.hostname);
  if (!platform) return [];
  const tenant = host.hostname.slice(0, -platform.length - 1);
  const name = facts.fromName.replace(/^["'\s]+|["'\s]+$/g, '');
  const target = elsewhere(facts, name, tenant);
  if (!target) return [];
  return [
    {
      id: 'sender.platform-links-elsewhere',
      weight: 0.3,
      reason: `It comes from a shared ${platform} address yet sends you to ${target}, which bears neither the sender's name nor its tenant's`,
    },
  ];
}
