import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { safetyFixture } from './safety-fixture.test-helper.js';
import { assessMail, type SafetyScoringContext, scoreMail } from './score-mail.js';

const nobody: SafetyScoringContext = { knownContacts: new Set(), trustedSenders: [] };

describe('scoreMail on hand-written mails', () => {
  it('does not flag a signed newsletter that routes links through a click tracker', async () => {
    const verdict = scoreMail(await safetyFixture('newsletter-tracking-links.eml'), nobody);
    expect(verdict.isScam).toBe(false);
    expect(verdict.riskLevel).toBe('low');
    expect(verdict.promptInjection).toBe(false);
  });

  it('marks a sales blast from an unestablished sender as suspicious, not as a scam on that alone', async () => {
    const { verdict, signals } = assessMail(await safetyFixture('unlisted-affiliate-blast.eml'), nobody);
    expect(signals.map((s) => s.id)).toContain('sender.unestablished-bulk');
    expect(verdict.isScam).toBe(false);
    expect(verdict.riskLevel).toBe('medium');
  });

  it('flags a Microsoft 365 look-alike credential phish and says why', async () => {
    const { verdict, signals } = assessMail(await safetyFixture('m365-lookalike-phish.eml'), nobody);
    expect(verdict.isScam).toBe(true);
    expect(verdict.riskLevel).toBe('high');
    const ids = signals.map((signal) => signal.id);
    expect(ids).toContain('impersonation.brand-lookalike-domain');
    expect(ids).toContain('link.text-shows-brand');
    expect(verdict.reasons).toContain(
      'The link text shows login.microsoftonline.com but it opens secure-login-check.top',
    );
  });

  it('flags a prompt-injection mail with promptInjection=true and high risk', async () => {
    const verdict = scoreMail(await safetyFixture('prompt-injection.eml'), nobody);
    expect(verdict.promptInjection).toBe(true);
    expect(verdict.riskLevel).toBe('high');
    expect(verdict.reasons[0]).toMatch(/prompt-injection/);
  });

  it('does not flag an invoice from a known vendor', async () => {
    const item = await safetyFixture('vendor-invoice.eml');
    const verdict = scoreMail(item, {
      knownContacts: new Set(['billing@acme-supplies.com']),
      trustedSenders: [],
    });
    expect(verdict.isScam).toBe(false);
    expect(verdict.riskLevel).toBe('low');
  });

  it('does not flag the same invoice from an unknown but authenticated vendor either', async () => {
    expect(scoreMail(await safetyFixture('vendor-invoice.eml'), nobody).isScam).toBe(false);
  });

  it('flags a gift-card request from a free-mail "CEO"', async () => {
    const { verdict, signals } = assessMail(await safetyFixture('ceo-gift-card.eml'), nobody);
    expect(verdict.isScam).toBe(true);
    const ids = signals.map((signal) => signal.id);
    expect(ids).toContain('sender.free-mail-executive');
    expect(ids).toContain('language.gift-card');
  });

  it('does not flag a meeting request with a Teams link', async () => {
    const verdict = scoreMail(await safetyFixture('meeting-request.eml'), nobody);
    expect(verdict.isScam).toBe(false);
    expect(verdict.riskLevel).toBe('low');
  });

  it('never flags a sender the user marked safe, but still reports an injection attempt', async () => {
    const phish = await safetyFixture('m365-lookalike-phish.eml');
    const trusted = scoreMail(phish, {
      knownContacts: new Set(),
      trustedSenders: ['@micros0ft-365-support.com'],
    });
    expect(trusted.isScam).toBe(false);
    const injection = await safetyFixture('prompt-injection.eml');
    const trustedInjection = scoreMail(injection, {
      knownContacts: new Set(),
      trustedSenders: ['jordan.blake@fabrikam-consulting.com'],
    });
    expect(trustedInjection.promptInjection).toBe(true);
    expect(trustedInjection.riskLevel).toBe('high');
  });
});

describe('scoreMail on modern bulk lures and their honest look-alikes', () => {
  const ada: SafetyScoringContext = { knownContacts: new Set(), trustedSenders: [] };

  it('flags a casino lure sent from a platform subdomain to the address it greets', async () => {
    const { verdict, signals } = assessMail(await safetyFixture('platform-casino-lure.eml'), ada);
    expect(verdict.isScam).toBe(true);
    const ids = signals.map((signal) => signal.id);
    expect(ids).toContain('sender.platform-subdomain');
    expect(ids).toContain('recipient.address-in-subject');
    expect(ids).toContain('combo.lure-from-unrelated-sender');
  });

  it('does not flag an app sign-up check sent from its own platform subdomain', async () => {
    const verdict = scoreMail(await safetyFixture('platform-app-verification.eml'), ada);
    expect(verdict.isScam).toBe(false);
    expect(verdict.riskLevel).toBe('low');
  });
});

describe('assessMail combinations added for bulk lures', () => {
  it('adds weight when bait hides its link, but not in a newsletter linking to many sites', () => {
    const lure = makeEmailItem({
      fromName: 't6WER',
      fromAddress: 'smtpfox@anamariacorral.info',
      subject: 'bonus 100%',
      bodyText: 'Today BONUS ! 50% bonus at every deposit just today !!',
      links: [{ text: 't6wer.top', href: 'https://t6wer.club/' }],
    });
    const ids = assessMail(lure, nobody).signals.map((s) => s.id);
    expect(ids).toContain('combo.lure-with-disguised-link');

    const newsletter = makeEmailItem({
      bodyText: 'This week: 50% bonus at every deposit, plus our reviews.',
      links: Array.from({ length: 6 }, (_, i) => ({
        text: `site${i}.example.com`,
        href: `https://other${i}.example.net/`,
      })),
    });
    expect(assessMail(newsletter, nobody).signals.map((s) => s.id)).not.toContain(
      'combo.lure-with-disguised-link',
    );
  });

  it('flags a mangled From with a spam offer, and leaves a signed newsletter with a sale alone', () => {
    const mangled = makeEmailItem({
      fromName: 'Leon Blauer',
      fromAddress: null,
      subject: '2X GRÖSSERER PENIS. 1 KAPSEL IST GENUG',
      bodyText: '2 x größeres Glied nach nur 3 Minuten! MIT 38% RABATT BESTELLEN',
      replaceHeaders: { 'message-id': '<a@b.example>', 'return-path': '<>' },
      links: [{ text: '', href: 'https://storage.googleapis.com/koin/page.html#x' }],
    });
    expect(assessMail(mangled, nobody).verdict.isScam).toBe(true);

    const sale = makeEmailItem({
      fromName: 'Northwind Outdoor',
      fromAddress: 'news@mail.northwind-outdoor.com',
      subject: 'Last chance: 30% off trail shoes this weekend',
      bodyText: 'Our spring sale ends Sunday: 30% off all trail shoes, in store and online.',
      replaceHeaders: {
        'message-id': '<n@mail.northwind-outdoor.com>',
        'authentication-results': 'mx; spf=pass; dkim=pass header.d=northwind-outdoor.com; dmarc=pass',
        'list-unsubscribe': '<https://northwind-outdoor.com/u>',
      },
      links: [{ text: 'Shop now', href: 'https://northwind-outdoor.com/sale' }],
    });
    expect(assessMail(sale, nobody).verdict.riskLevel).toBe('low');
  });

  it('flags a brand lure sent through a hijacked mailing account, not a partner mailing under the brand', async () => {
    const lure = assessMail(await safetyFixture('brand-lure-hijacked-esp.eml'), nobody);
    expect(lure.verdict.isScam).toBe(true);
    expect(lure.signals.map((s) => s.id)).toContain('combo.brand-never-linked');
    const partner = assessMail(await safetyFixture('brand-partner-offer.eml'), nobody);
    expect(partner.verdict.isScam).toBe(false);
    expect(partner.signals.map((s) => s.id)).not.toContain('combo.brand-never-linked');
  });

  it('flags a bare "tax refund" file from a free-mail office, not a freelancer’s invoice', async () => {
    const refund = assessMail(await safetyFixture('free-mail-tax-refund.eml'), nobody);
    expect(refund.verdict.isScam).toBe(true);
    expect(refund.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['attachment.bill-from-free-mail', 'sender.free-mail-organisation']),
    );
    const invoice = scoreMail(await safetyFixture('freelancer-invoice.eml'), nobody);
    expect(invoice.isScam).toBe(false);
    expect(invoice.riskLevel).toBe('low');
  });
});
