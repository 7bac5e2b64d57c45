import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { buildMailFacts } from './mail-facts.js';
import { linkSignals } from './signals/link-signals.js';
import { unwrapProtectedLink } from './unwrap-protected-link.js';

const target = 'https://portal.northwind-bikes.com/invoices?id=42&view=full';

describe('unwrapProtectedLink', () => {
  it('reads the original URL out of Safe Links, Proofpoint v2 and v3, FireEye, Google redirects and SES click tracking', () => {
    const wrapped = [
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C01%7C&sdata=abc&reserved=0`,
      'https://urldefense.proofpoint.com/v2/url?u=https-3A__portal.northwind-2Dbikes.com_invoices-3Fid-3D42-26view-3Dfull&d=DwMFaQ&c=abc&r=def',
      `https://urldefense.com/v3/__${target}__;!!ACWV5N9M2RV99hQ!abc$`,
      `https://protect2.fireeye.com/v1/url?k=123&q=456&e=789&u=${encodeURIComponent(target)}`,
      `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&source=editors`,
      `https://v35x7gji.r.us-east-1.awstrack.me/L0/${encodeURIComponent(target)}/1/0100-abc/sig=440`,
    ];
    for (const href of wrapped) expect(unwrapProtectedLink(href)).toBe(target);
  });

  it('unwraps a wrapper inside a wrapper, and leaves other links and unreadable wrappers alone', () => {
    const inner = `https://www.google.com/url?q=${encodeURIComponent(target)}`;
    const outer = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(inner)}&data=x`;
    expect(unwrapProtectedLink(outer)).toBe(target);
    expect(unwrapProtectedLink(target)).toBe(target);
    expect(unwrapProtectedLink('https://protect-eu.mimecast.com/s/AbCdEfGh?domain=x.com')).toBe(
      'https://protect-eu.mimecast.com/s/AbCdEfGh?domain=x.com',
    );
    expect(
      unwrapProtectedLink('https://eur02.safelinks.protection.outlook.com/?url=javascript:alert(1)'),
    ).toBe('https://eur02.safelinks.protection.outlook.com/?url=javascript:alert(1)');
    expect(unwrapProtectedLink('not a url')).toBe('not a url');
  });

  it('lets the link checks see where a Safe Links-wrapped button really goes', () => {
    const phish = 'https://login-micros0ft.example-host.net/verify';
    const item = makeEmailItem({
      fromAddress: 'it@fernhill-studio.com',
      links: [
        {
          text: 'https://account.microsoft.com',
          href: `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(phish)}&data=05`,
        },
      ],
    });
    const facts = buildMailFacts(item);
    expect(facts.links[0]?.host?.hostname).toBe('login-micros0ft.example-host.net');
    expect(linkSignals(facts).signals.map((s) => s.id)).toContain('link.text-shows-brand');
  });

  it('reads a shown URL that the gateway wrapped as well, so text and link agree again', () => {
    const original = 'https://lore.kernel.org/all/20230101.patch';
    const wrapped = `https://protect2.fireeye.com/v1/url?k=1&q=2&e=3&u=${encodeURIComponent(original)}`;
    const facts = buildMailFacts(
      makeEmailItem({ fromAddress: 'dev@samsung.example', links: [{ text: wrapped, href: wrapped }] }),
    );
    expect(facts.links[0]?.shownHost?.hostname).toBe('lore.kernel.org');
    expect(linkSignals(facts).signals.map((s) => s.id)).not.toContain('link.text-shows-other-domain');
  });
});
