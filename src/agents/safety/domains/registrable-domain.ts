/**
 * Host and registrable-domain helpers on top of tldts. Results are cached in a
 * bounded map because the same few hosts (tracking domains, the sender's own
 * domain) repeat across a mailbox and tldts parsing dominates the per-message
 * cost otherwise.
 */
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';

export interface HostInfo {
  /** Lower-case hostname as written (punycode stays punycode). */
  hostname: string;
  /** Registrable domain ("example.co.uk"), or null for IPs and unknown suffixes. */
  domain: string | null;
  /** The registrable domain without its public suffix ("example"). */
  label: string | null;
  subdomain: string;
  isIp: boolean;
  /** Any label starts with xn-- (an internationalised name). */
  punycode: boolean;
  /** The Unicode form when punycode, for display. */
  unicode: string;
}

const cache = new Map<string, HostInfo>();
const cacheLimit = 5000;

export function hostInfo(hostname: string): HostInfo {
  const key = hostname.toLowerCase().replace(/\.$/, '');
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = parse(key);
  const punycode = key.includes('xn--');
  const info: HostInfo = {
    hostname: key,
    domain: parsed.isIp ? null : (parsed.domain ?? null),
    label: parsed.isIp ? null : (parsed.domainWithoutSuffix ?? null),
    subdomain: parsed.subdomain ?? '',
    isIp: parsed.isIp === true,
    punycode,
    unicode: punycode ? domainToUnicode(key) || key : key,
  };
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, info);
  return info;
}

/** The domain part of an e-mail address, lower case, or null. */
export function addressDomain(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return null;
  return address
    .slice(at + 1)
    .trim()
    .replace(/[>\s]+$/, '')
    .toLowerCase();
}

/** The registrable domain of an address ("mail.acme.co.uk" -> "acme.co.uk"). */
export function addressRegistrable(address: string | null | undefined): string | null {
  const domain = addressDomain(address);
  return domain ? hostInfo(domain).domain : null;
}

const schemeHost = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]+\]|[^/?#:]+)/i;

/** The hostname of an absolute URL, lower case, or null (mailto:, relative, malformed). */
export function urlHost(href: string): string | null {
  const match = schemeHost.exec(href.trim());
  if (!match?.[1]) return null;
  return match[1].toLowerCase().replace(/^\[|\]$/g, '');
}

/** True when the URL carries user info before the host (http://paypal.com@evil.example/). */
export function urlHasUserInfo(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(href.trim());
}
