import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { assessMail } from './score-mail.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  assessMail(makeEmailItem(overrides), { knownContacts: new Set(), trustedSenders: [] }).signals.map(
    (s) => s.id,
  );
const web = (...hrefs: string[]) => hrefs.map((href) => ({ text: 'Open', href }));

describe('combo.brand-never-linked', () => {
  const openSea = { fromName: 'OpenSea', fromAddress: 'notifications@mail.bookmysalon.example' };

  it('fires when a brand-named sender links only to an unknown third site, or to nothing', () => {
    expect(
      ids({
        ...openSea,
        links: web('https://nftrewards-hub.example/offer', 'https://mail.bookmysalon.example/unsubscribe'),
      }),
    ).toContain('combo.brand-never-linked');
    expect(ids({ ...openSea, bodyText: 'An offer was made on your listing.' })).toContain(
      'combo.brand-never-linked',
    );
  });

  it('stays quiet when the mail links to the brand, or only to the sender, trackers and other brands', () => {
    expect(
      ids({ ...openSea, links: web('https://opensea.io/account', 'https://nft-x.example/a') }),
    ).not.toContain('combo.brand-never-linked');
    expect(
      ids({
        fromName: 'Costco Travel',
        fromAddress: 'offers@email.costcotravel.com',
        links: web(
          'https://www.costcotravel.com/Cruises',
          'https://apps.apple.com/app/costco/id535509415',
          'https://u123.ct.sendgrid.net/ls/click?upn=x',
        ),
      }),
    ).not.toContain('combo.brand-never-linked');
  });
});

describe('combo.favour-from-mismatched-sender', () => {
  const opener = { subject: 'Quick question', bodyText: 'Are you available? I need a quick favour.' };

  it('fires on a short favour request whose replies go elsewhere', () => {
    expect(
      ids({
        ...opener,
        fromName: 'Helen Marsh',
        fromAddress: 'helen@fernhill-studio.com',
        replyTo: 'helen.marsh.ceo@gmail.com',
      }),
    ).toContain('combo.favour-from-mismatched-sender');
  });

  it('does not fire on the same words from a sender that fits, or in a long mail with links', () => {
    expect(
      ids({ ...opener, fromName: 'Helen Marsh', fromAddress: 'helen@fernhill-studio.com' }),
    ).not.toContain('combo.favour-from-mismatched-sender');
    expect(
      ids({
        ...opener,
        replyTo: 'helen.marsh.ceo@gmail.com',
        links: web('https://docs.fernhill-studio.com/brief'),
      }),
    ).not.toContain('combo.favour-from-mismatched-sender');
  });
});

describe('disguises', () => {
  it('counts an unreadable body and a foreign mail tenant among the disguises', () => {
    const found = ids({
      fromName: 'AAA',
      fromAddress: 'new_offre_1_14118@hinata.coincaps.ai',
      subject: 'Car Emergency Kit',
      bodyText: '',
      replaceHeaders: {
        'content-type': 'text/html; charset=utf-8',
        'list-id': '<483QHb7rg.xt.local>',
        'authentication-results':
          'mx.example.org; spf=pass smtp.mailfrom=hinata.coincaps.ai; dkim=pass header.d=nshrtt.onmicrosoft.com; dmarc=pass header.from=hinata.coincaps.ai',
      },
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'text.no-text',
        'sender.foreign-tenant',
        'sender.forged-list-headers',
        'combo.many-disguises',
      ]),
    );
  });
});
