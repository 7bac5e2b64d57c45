import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { safetyFixture } from '../safety-fixture.test-helper.js';
import { claimMismatchSignals } from './claim-mismatch.js';
import { claimedOrganisation } from './claimed-organisation.js';

type Item = Parameters<typeof buildMailFacts>[0];
const ids = (item: Item) => claimMismatchSignals(buildMailFacts(item)).map((s) => s.id);

describe('claimedOrganisation', () => {
  it('takes the display name when the mail repeats a word of it or its initials', () => {
    const byWord = makeEmailItem({
      fromName: 'Lido Community',
      subject: 'Your allocation is ready',
      bodyText: 'Thank you for being part of the Lido community!\nClaim now.',
    });
    expect(claimedOrganisation(buildMailFacts(byWord))?.words).toEqual(['lido', 'community']);
    const byInitials = makeEmailItem({
      fromName: 'Stadtwerke Nordheim Kundenservice',
      subject: 'Wichtige Mitteilung',
      bodyText: 'Bitte melden Sie sich in Ihrem SN-Konto an.',
    });
    expect(claimedOrganisation(buildMailFacts(byInitials))?.initials).toContain('sn');
  });

  it('ignores a name the mail never repeats', () => {
    const item = makeEmailItem({ fromName: 'Quentin Blake', subject: 'Photos', bodyText: 'See the album.' });
    expect(claimedOrganisation(buildMailFacts(item))).toBeNull();
  });
});

describe('claimMismatchSignals', () => {
  it('notes a mail that keeps naming an organisation while its sender, signers and link belong to none of that name', async () => {
    expect(ids(await safetyFixture('claim-mismatch-ses-notice.eml'))).toEqual(['sender.claim-mismatch']);
  });

  it('leaves alone the same notice from the organisation’s own domain, linking home through its tracker', async () => {
    expect(ids(await safetyFixture('claim-match-ses-notice-own-site.eml'))).toEqual([]);
  });

  it('reads initials and a From with no valid domain: "SN" for Stadtwerke Nordheim, <"service@sn.de">', () => {
    const item = makeEmailItem({
      fromAddress: '"service@sn.de"',
      fromName: 'Stadtwerke Nordheim Kundenservice',
      subject: 'Wichtige Mitteilung zu Ihrem Vertrag',
      bodyText: 'Bitte bestätigen Sie Ihre Daten in Ihrem SN-Konto.',
      links: [{ text: 'Jetzt bestätigen', href: 'https://konto-check.example/login' }],
    });
    expect(ids(item)).toEqual(['sender.claim-mismatch']);
    // The same mail from sn.de itself names its own organisation.
    expect(ids({ ...item, fromAddress: 'service@sn.de' })).toEqual([]);
  });

  it('does not trust the subdomain a platform tenant or a storage bucket was given', () => {
    const item = makeEmailItem({
      fromAddress: 'info@northbank.onmicrosoft.com',
      fromName: 'Northbank Kenya PLC',
      subject: 'Northbank: action required',
      bodyText: 'Your Northbank app needs an update.',
      links: [{ text: 'Update', href: 'https://northbank-update.s3.amazonaws.com/index.html' }],
    });
    expect(ids(item)).toEqual(['sender.claim-mismatch']);
  });

  it('leaves alone people writing from their own mailbox, replies, list traffic and mail mostly linking to its sender', () => {
    const person = makeEmailItem({
      fromAddress: 'robin.hill@acme-widgets.example',
      fromName: 'Robin Hill',
      subject: 'Hill family reunion photos',
      bodyText: 'Photos are up.\nRobin Hill',
      links: [{ text: 'album', href: 'https://photos.share-site.example/a/1' }],
    });
    expect(ids(person)).toEqual([]);
    const claim = {
      fromAddress: 'news@mailer-house.example',
      fromName: 'Harbour Theatre',
      subject: 'Harbour Theatre: new season',
      bodyText: 'The Harbour Theatre season opens soon.',
      links: [{ text: 'Tickets', href: 'https://tickets-now.example/t/1' }],
    };
    expect(ids(makeEmailItem(claim))).toEqual(['sender.claim-mismatch']);
    expect(ids(makeEmailItem({ ...claim, headers: { 'in-reply-to': '<a1@example.org>' } }))).toEqual([]);
    expect(ids(makeEmailItem({ ...claim, subject: '[theatre-fans] Harbour Theatre: new season' }))).toEqual(
      [],
    );
    const ownSite = [
      { text: 'Programme', href: 'https://www.mailer-house.example/p' },
      { text: 'Tickets', href: 'https://tickets-now.example/t/1' },
    ];
    expect(ids(makeEmailItem({ ...claim, links: ownSite }))).toEqual([]);
  });
});
