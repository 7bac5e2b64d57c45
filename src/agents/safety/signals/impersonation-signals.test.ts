import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { knownContactsIndex } from '../known-contacts-index.js';
import { buildMailFacts } from '../mail-facts.js';
import { impersonationSignals } from './impersonation-signals.js';

function ids(overrides: Parameters<typeof makeEmailItem>[0], known: string[] = []): string[] {
  return impersonationSignals(
    buildMailFacts(makeEmailItem(overrides)),
    knownContactsIndex(new Set(known)),
  ).map((s) => s.id);
}

describe('impersonationSignals', () => {
  it('flags a brand in the display name sent from an unrelated domain', () => {
    expect(ids({ fromName: 'PayPal Service', fromAddress: 'service@secure-notice.example' })).toContain(
      'impersonation.brand-name',
    );
  });

  it('accepts the brand writing from its own domain in any country', () => {
    expect(ids({ fromName: 'PayPal', fromAddress: 'service@paypal.de' })).toEqual([]);
    expect(ids({ fromName: 'Amazon.co.uk', fromAddress: 'order-update@amazon.co.uk' })).toEqual([]);
  });

  it('does not mistake a person called Chase for the bank', () => {
    expect(ids({ fromName: 'Chase Miller', fromAddress: 'chase@miller-design.example' })).toEqual([]);
  });

  it('flags look-alike and punycode sender domains', () => {
    expect(ids({ fromAddress: 'security@paypa1.com' })).toContain('impersonation.brand-lookalike-domain');
    expect(ids({ fromAddress: 'help@paypal-secure-login.com' })).toContain(
      'impersonation.brand-lookalike-domain',
    );
    // аррӏе.com in Cyrillic letters reads as apple.com.
    expect(ids({ fromAddress: 'id@xn--80ak6aa92e.com' })).toContain('impersonation.brand-lookalike-domain');
    expect(ids({ fromAddress: 'info@xn--bcher-kva.example' })).toContain('impersonation.punycode-domain');
  });

  it('flags a domain imitating one the user writes to', () => {
    expect(ids({ fromAddress: 'ap@contoso-labs.co' }, ['priya@contoso-labs.com'])).toEqual([]);
    expect(ids({ fromAddress: 'ap@contos0-labs.com' }, ['priya@contoso-labs.com'])).toContain(
      'impersonation.contact-lookalike-domain',
    );
  });

  it('flags a display name that carries a contact address other than the sender', () => {
    expect(
      ids({ fromName: 'priya@contoso-labs.com', fromAddress: 'x9@mailer.example' }, [
        'priya@contoso-labs.com',
      ]),
    ).toContain('impersonation.contact-address-in-name');
  });

  it("flags a contact's name used from a free-mail account", () => {
    expect(ids({ fromAddress: 'priya.natarajan@gmail.com' }, ['priya.natarajan@contoso-labs.com'])).toContain(
      'impersonation.contact-on-free-mail',
    );
  });

  it('flags a brand domain that fails authentication', () => {
    expect(
      ids({
        fromName: 'Costco',
        fromAddress: 'noreply@costco.com',
        headers: { 'authentication-results': 'mx; spf=none; dkim=none; dmarc=fail header.from=costco.com' },
      }),
    ).toContain('impersonation.brand-domain-spoofed');
  });
});

describe('impersonationSignals with regional brands', () => {
  it('flags a bank, carrier or tax office named by an unrelated domain', () => {
    expect(ids({ fromName: 'TD Direct Investing', fromAddress: 'en@kenkyu-labo.example' })).toContain(
      'impersonation.brand-name',
    );
    expect(ids({ fromName: 'Mondial Relay', fromAddress: 'renew@produkter.example' })).toContain(
      'impersonation.brand-name',
    );
    expect(
      ids({ fromName: 'Departamento da Receita Federal', fromAddress: 'avisos@rcta.example' }),
    ).toContain('impersonation.brand-name');
  });

  it('accepts them on their own domains', () => {
    expect(ids({ fromName: 'Receita Federal', fromAddress: 'noreply@receita.fazenda.gov.br' })).toEqual([]);
    expect(ids({ fromName: 'Mondial Relay', fromAddress: 'info@mondialrelay.fr' })).toEqual([]);
  });
});

describe('impersonationSignals: disguised names', () => {
  it('reads a brand spelled apart with dots or spaces', () => {
    expect(ids({ fromName: 'F.e.d.E.x', fromAddress: 'moses@9hiwa1.fnideq.shop' })).toContain(
      'impersonation.brand-name',
    );
    expect(ids({ fromName: 'Fred Ex', fromAddress: 'fred@example.com' })).not.toContain(
      'impersonation.brand-name',
    );
  });

  it('notes a web domain in the name that the mail does not come from', () => {
    expect(
      ids({
        fromName: 'Money.com Marketing Affiliate',
        fromAddress: 'xygax@fivetownsemergencycarecenter.de',
      }),
    ).toContain('impersonation.domain-in-name');
    expect(ids({ fromName: 'Amazon.de', fromAddress: 'versandbestaetigung@amazon.de' })).not.toContain(
      'impersonation.domain-in-name',
    );
  });

  it('reads a brand with a product word, or spelled apart letter by letter', () => {
    expect(ids({ fromName: 'Ledger Live', fromAddress: 'ledgerlive@appupdate.com' })).toContain(
      'impersonation.brand-name',
    );
    expect(ids({ fromName: 'A D A C', fromAddress: 'xsrrtxvrj@start.ca' })).toContain(
      'impersonation.brand-name',
    );
    expect(
      ids({ fromName: '-Albert-Heijn Cadeaucentrum', fromAddress: 'news@specialty-glass.com' }),
    ).toContain('impersonation.brand-name');
    expect(ids({ fromName: 'AAA batteries wholesale', fromAddress: 'sales@cells.example' })).toEqual([]);
  });
});
