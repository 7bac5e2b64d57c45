import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { safetyFixture } from '../safety-fixture.test-helper.js';
import { bulkSignals } from './bulk-signals.js';

const ids = (item: Parameters<typeof buildMailFacts>[0]) =>
  bulkSignals(buildMailFacts(item)).map((s) => s.id);

/** Modern receiver headers: SPF passes for the sender, DKIM only for a mailing tenant. */
const tenantSigned = {
  'authentication-results':
    'mx.example.org; spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=tenant.onmicrosoft.com; dmarc=pass header.from=shop.example',
};
const footer = 'Big sale this week.\n\nTo unsubscribe from these mailings, click here.';

describe('bulkSignals', () => {
  it('flags a mailing with an unsubscribe footer but no List-Unsubscribe and no own signature', async () => {
    expect(ids(await safetyFixture('unlisted-affiliate-blast.eml'))).toEqual(['sender.unestablished-bulk']);
    expect(
      ids(makeEmailItem({ fromAddress: 'deals@shop.example', headers: tenantSigned, bodyText: footer })),
    ).toEqual(['sender.unestablished-bulk']);
  });

  it('reads the unsubscribe offer in other languages', () => {
    const body = 'Große Auswahl.\n\nSie möchten keine E-Mails mehr? Hier abmelden.';
    expect(
      ids(makeEmailItem({ fromAddress: 'info@shop.example', headers: tenantSigned, bodyText: body })),
    ).toEqual(['sender.unestablished-bulk']);
  });

  it('leaves a real newsletter alone: it has List-Unsubscribe and signs with its own domain', async () => {
    expect(ids(await safetyFixture('newsletter-tracking-links.eml'))).toEqual([]);
    const ownSignature = {
      'authentication-results':
        'mx.example.org; spf=pass smtp.mailfrom=shop.example; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example',
    };
    expect(
      ids(makeEmailItem({ fromAddress: 'deals@shop.example', headers: ownSignature, bodyText: footer })),
    ).toEqual([]);
    const listHeader = { ...tenantSigned, 'list-unsubscribe': '<mailto:leave@shop.example>' };
    expect(
      ids(makeEmailItem({ fromAddress: 'deals@shop.example', headers: listHeader, bodyText: footer })),
    ).toEqual([]);
  });

  it('does not count a forged List-Unsubscribe as one', () => {
    const forged = { ...tenantSigned, 'list-unsubscribe': '<XJQWPOVZ.0.0@shop.example>' };
    expect(
      ids(makeEmailItem({ fromAddress: 'deals@shop.example', headers: forged, bodyText: footer })),
    ).toEqual(['sender.unestablished-bulk']);
  });

  it('leaves forwarded newsletters, mail without an unsubscribe offer and pre-authentication mail alone', () => {
    const forwarded = `Thought you'd like this.\n\n---------- Forwarded message ---------\n${footer}`;
    expect(
      ids(makeEmailItem({ fromAddress: 'deals@shop.example', headers: tenantSigned, bodyText: forwarded })),
    ).toEqual([]);
    expect(
      ids(
        makeEmailItem({
          fromAddress: 'deals@shop.example',
          headers: tenantSigned,
          subject: 'Fwd: Big sale',
          bodyText: footer,
        }),
      ),
    ).toEqual([]);
    expect(
      ids(
        makeEmailItem({
          fromAddress: 'deals@shop.example',
          headers: tenantSigned,
          bodyText: 'See you Friday.',
        }),
      ),
    ).toEqual([]);
    expect(ids(makeEmailItem({ fromAddress: 'deals@shop.example', bodyText: footer }))).toEqual([]);
  });
});
