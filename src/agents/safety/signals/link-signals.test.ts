import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { linkSignals } from './link-signals.js';

function ids(
  links: Array<{ text: string; href: string }>,
  overrides: Parameters<typeof makeEmailItem>[0] = {},
) {
  return linkSignals(buildMailFacts(makeEmailItem({ links, ...overrides }))).signals.map((s) => s.id);
}

describe('linkSignals', () => {
  it('flags link text showing a brand domain while the href goes elsewhere', () => {
    const facts = buildMailFacts(
      makeEmailItem({ links: [{ text: 'paypal.com', href: 'https://secure-login-check.top/x' }] }),
    );
    const signal = linkSignals(facts).signals.find((s) => s.id === 'link.text-shows-brand');
    expect(signal?.reason).toBe('The link text shows paypal.com but it opens secure-login-check.top');
  });

  it('leaves newsletter click trackers alone', () => {
    expect(
      ids([
        { text: 'www.shop.example', href: 'https://u1.ct.sendgrid.net/ls/click?upn=1' },
        { text: 'instagram.com/shop', href: 'https://shop.us1.list-manage.com/track/click?u=1' },
      ]),
    ).toEqual([]);
  });

  it('flags raw IP links, user-info tricks, shorteners and punycode hosts', () => {
    expect(ids([{ text: 'Open', href: 'http://185.22.1.9/login' }])).toContain('link.raw-ip');
    expect(ids([{ text: 'Open', href: 'https://www.paypal.com@evil.example/' }])).toContain('link.user-info');
    expect(ids([{ text: 'Open', href: 'https://bit.ly/3abc' }])).toContain('link.shortener');
    expect(ids([{ text: 'Open', href: 'https://xn--pple-43d.com/' }])).toContain('link.punycode');
  });

  it('finds bare URLs in plain-text mail too', () => {
    expect(ids([], { bodyText: 'Log in here: http://203.0.113.7/verify now' })).toContain('link.raw-ip');
  });

  it('says nothing about ordinary links', () => {
    expect(ids([{ text: 'Agenda', href: 'https://docs.example.com/agenda' }])).toEqual([]);
  });
});
