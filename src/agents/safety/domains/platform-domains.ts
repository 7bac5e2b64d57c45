/**
 * Shared platforms where anyone can get a sending address on a subdomain in
 * minutes: app hosting (project-id.firebaseapp.com), help desks
 * (anything.zendesk.com) and site builders. Legitimate apps send from them
 * too (sign-in codes, support replies), so a sender here is only suspicious
 * together with what the mail asks for, or when the display name has nothing
 * to do with the tenant name. Kinds of services, never particular senders.
 */
export const senderPlatformSuffixes: readonly string[] = [
  'firebaseapp.com',
  'web.app',
  'appspot.com',
  'herokuapp.com',
  'azurewebsites.net',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'glitch.me',
  'repl.co',
  'replit.app',
  'onrender.com',
  'fly.dev',
  'github.io',
  'gitlab.io',
  'wixsite.com',
  'weebly.com',
  'blogspot.com',
  'wordpress.com',
  'square.site',
  'godaddysites.com',
  'webflow.io',
  'zendesk.com',
  'freshdesk.com',
  'helpscoutapp.com',
  'onmicrosoft.com',
  'mailchimpsites.com',
  'myshopify.com',
];

/** The platform suffix `hostname` sits under (with a tenant label before it), or null. */
export function senderPlatform(hostname: string): string | null {
  for (const suffix of senderPlatformSuffixes) {
    if (hostname.length > suffix.length + 1 && hostname.endsWith(`.${suffix}`)) return suffix;
  }
  return null;
}
