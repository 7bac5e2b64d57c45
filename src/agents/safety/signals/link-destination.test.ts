import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { linkSignals } from './link-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  linkSignals(buildMailFacts(makeEmailItem(overrides))).signals.map((s) => s.id);

describe('link destinations', () => {
  it('treats t.co as a shortener unless the mail comes from Twitter/X', () => {
    const links = [{ text: 'Claim now', href: 'https://t.co/zRdnPOVb2h' }];
    expect(ids({ fromAddress: 'news@shop.example', links })).toContain('link.shortener');
    expect(ids({ fromAddress: 'info@x.com', links })).not.toContain('link.shortener');
  });

  it('flags buttons that all lead to one site unrelated to the sender', () => {
    const links = [
      { text: 'VERIFY NOW', href: 'https://landing.example.net/a' },
      { text: 'Click here', href: 'https://landing.example.net/b' },
    ];
    expect(ids({ fromAddress: 'renew@consulting.example', links })).toContain(
      'link.single-unrelated-destination',
    );
  });

  it('does not flag links back to the sender, mixed destinations or written-out URLs', () => {
    expect(
      ids({
        fromAddress: 'news@acme.example',
        links: [
          { text: 'Read more', href: 'https://partner.example.net/a' },
          { text: 'Our site', href: 'https://www.acme.example/' },
        ],
      }),
    ).not.toContain('link.single-unrelated-destination');
    expect(
      ids({
        fromAddress: 'bob@acme.example',
        links: [
          { text: 'https://www.bridge.example/', href: 'https://www.bridge.example/' },
          { text: 'https://www.bridge.example/x', href: 'https://www.bridge.example/x' },
        ],
      }),
    ).not.toContain('link.single-unrelated-destination');
  });
});
