import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { senderIdentitySignals } from './sender-identity-signals.js';

const signals = (fromName: string, fromAddress: string) =>
  senderIdentitySignals(buildMailFacts(makeEmailItem({ fromName, fromAddress })));
const ids = (fromName: string, fromAddress: string) => signals(fromName, fromAddress).map((s) => s.id);

describe('senderIdentitySignals: names, domain endings and random subdomains', () => {
  it('reads glued brand-style names and bait words in the name as an organisation', () => {
    expect(ids('PrizeOpinion', 'regna@orplanfinder.com')).toContain('sender.name-unrelated-to-domain');
    expect(ids('CarShield', 'webb@mnxe1.now5.shop')).toContain('sender.name-unrelated-to-domain');
    const bait = signals('PrizeOpinion', 'regna@orplanfinder.com').find(
      (s) => s.id === 'sender.name-unrelated-to-domain',
    );
    const plain = signals('Acme Support', 'help@orplanfinder.com').find(
      (s) => s.id === 'sender.name-unrelated-to-domain',
    );
    expect(bait!.weight).toBeGreaterThan(plain!.weight);
  });

  it('leaves people and fitting names alone', () => {
    expect(ids('Grace McDonald', 'grace@example.com')).toEqual([]);
    expect(ids('GitHub', 'noreply@github.com')).toEqual([]);
  });

  it('matches a three-letter name only to a whole label of the domain', () => {
    expect(ids('DHL', 'noreply@dhl.com')).toEqual([]);
    expect(ids('WWF Deutschland', 'info@news.wwf.de')).toEqual([]);
    // "dhl" inside another word is not the brand's domain.
    expect(ids('DHL', 'track@adhlogistics.com')).toContain('sender.name-unrelated-to-domain');
  });

  it('notes senders on abuse-heavy domain endings and pseudo-TLDs', () => {
    expect(ids('Offers', 'x@mnxe1.now5.shop')).toContain('sender.suspicious-tld');
    expect(ids('Lina', 'lina@topoffers.sa.com')).toContain('sender.suspicious-tld');
    expect(ids('Lina', 'lina@example.com')).not.toContain('sender.suspicious-tld');
  });

  it('reads a random first subdomain label as machine-made', () => {
    expect(ids('Energie', 'contact@n0ebrxezad.centobox.com')).toContain('sender.random-looking-domain');
    expect(ids('Ada', 'ada@mail.example.com')).not.toContain('sender.random-looking-domain');
  });
});
