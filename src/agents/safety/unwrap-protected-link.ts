/**
 * Corporate mail gateways rewrite every link through their own scanner
 * (Microsoft Safe Links, Proofpoint URL Defense, FireEye, Google's redirect).
 * The wrapper says nothing about where the link goes; the wrapped URL does,
 * so link checks read that, as Outlook does when it shows the original. Amazon
 * SES click tracking (`*.awstrack.me/L0/<encoded URL>/...`) carries its target in
 * clear too, and hijacked SES accounts hide their landing page behind it. A
 * wrapper whose target cannot be read (Mimecast's opaque tokens) is left as is.
 */

const maxDepth = 3;

function param(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value && /^https?:\/\//i.test(value) ? value : null;
}

/** Proofpoint v2 encodes "%" as "-" and "/" as "_" in its `u` parameter. */
function proofpointV2(value: string): string | null {
  try {
    const decoded = decodeURIComponent(value.replace(/_/g, '/').replace(/-/g, '%'));
    return /^https?:\/\//i.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** SES: https://<id>.r.<region>.awstrack.me/L0/https:%2F%2Fexample.com%2Fpath/1/<message id>/<signature> */
function sesClickTarget(url: URL): string | null {
  const encoded = /^\/L0\/([^/]+)/.exec(url.pathname)?.[1];
  if (!encoded) return null;
  try {
    const decoded = decodeURIComponent(encoded);
    return /^https?:\/\//i.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** Cheap pre-check: parsing every link with URL costs more than the whole link check. */
const wrapperHint =
  /safelinks\.protection\.outlook\.com|urldefense|fireeye\.com|awstrack\.me|google\.[a-z.]+\/url/i;

function unwrapOnce(href: string): string | null {
  if (!wrapperHint.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.safelinks.protection.outlook.com')) return param(url, 'url');
  if (host === 'urldefense.proofpoint.com' && url.pathname.startsWith('/v2/url')) {
    const u = url.searchParams.get('u');
    return u ? proofpointV2(u) : null;
  }
  if (host === 'urldefense.com' && url.pathname.startsWith('/v3/__')) {
    // v3: https://urldefense.com/v3/__<original>__;<encoded chars>!!<token>
    const inner = /^\/v3\/__(.+?)__;/.exec(`${url.pathname}${url.search}${url.hash}`)?.[1];
    return inner && /^https?:\/\//i.test(inner) ? inner : null;
  }
  if (/^protect\d*\.fireeye\.com$/.test(host) && url.pathname.startsWith('/v1/url')) return param(url, 'u');
  if (host.endsWith('.awstrack.me')) return sesClickTarget(url);
  if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && url.pathname === '/url') {
    return param(url, 'q') ?? param(url, 'url');
  }
  return null;
}

/** The URL a protection wrapper points at, or the href itself. */
export function unwrapProtectedLink(href: string): string {
  let current = href;
  for (let depth = 0; depth < maxDepth; depth++) {
    const inner = unwrapOnce(current);
    if (!inner) return current;
    current = inner;
  }
  return current;
}
