import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { looksRandom } from '../domains/random-label.js';
import { buildMailFacts } from '../mail-facts.js';
import { looksLikeOrganisation, senderIdentitySignals } from './sender-identity-signals.js';

const signals = (fromName: string, fromAddress: string) =>
  senderIdentitySignals(buildMailFacts(makeEmailItem({ fromName, fromAddress })));
const ids = (fromName: string, fromAddress: string) => signals(fromName, fromAddress).map((s) => s.id);

describe('senderIdentitySignals', () => {
  it('flags a sender on a shared platform subdomain, less when the tenant fits the name', () => {
    const casino = signals('Prestige Casino', 'noreply@juan3-1453e.firebaseapp.com');
    const app = signals('TidyPlan', 'noreply@tidyplan-app.firebaseapp.com');
    const casinoWeight = casino.find((s) => s.id === 'sender.platform-subdomain')?.weight ?? 0;
    const appWeight = app.find((s) => s.id === 'sender.platform-subdomain')?.weight ?? 0;
    expect(casinoWeight).toBeGreaterThan(appWeight);
    expect(appWeight).toBeGreaterThan(0);
    expect(ids('Acme Support', 'support@acme.zendesk.com')).toContain('sender.platform-subdomain');
  });

  it('flags an organisation name that has nothing to do with the sending domain', () => {
    expect(ids('Mondial Relay | Livraison du colis', 'renew@staroflife-produkte.de')).toContain(
      'sender.name-unrelated-to-domain',
    );
    expect(ids('SAFRAN INVEST', 'noreply@korolui.example')).toContain('sender.name-unrelated-to-domain');
  });

  it('leaves people and organisations writing from their own domain alone', () => {
    expect(ids('Dell Computer Corp.', 'orders@dell.com')).toEqual([]);
    expect(ids('Grace Hopper', 'grace@navy-research.example')).toEqual([]);
    expect(ids('Acme Billing Team', 'billing@mail.acme-tools.com')).toEqual([]);
  });

  it('flags machine-made sending domains', () => {
    expect(ids('Life Line', 'yq69i@n0ebrxezad.com')).toContain('sender.random-looking-domain');
    expect(ids('Grace Hopper', 'grace@example.com')).not.toContain('sender.random-looking-domain');
  });
});

describe('looksRandom and looksLikeOrganisation', () => {
  it('tells generated labels from names', () => {
    for (const label of ['n0ebrxezad', '219169rctaregular', 'korolui-58091', 'rwmfgconsulting'])
      expect(looksRandom(label)).toBe(true);
    for (const label of ['example', 'contoso', 'enron', 'spamassassin', 'bankofamerica', 'strengths'])
      expect(looksRandom(label)).toBe(false);
  });

  it('tells organisation names from personal names', () => {
    expect(looksLikeOrganisation('TD Direct Investing')).toBe(true);
    expect(looksLikeOrganisation('Customer Care 2')).toBe(true);
    expect(looksLikeOrganisation('Grace Hopper')).toBe(false);
  });
});
