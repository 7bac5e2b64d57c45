import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { safetyFixture } from '../safety-fixture.test-helper.js';
import { platformSenderLinkSignals } from './platform-sender-links.js';

const ids = (item: Parameters<typeof buildMailFacts>[0]) =>
  platformSenderLinkSignals(buildMailFacts(item)).map((s) => s.id);

describe('platformSenderLinkSignals', () => {
  it('notes a tenant or app-platform sender whose links lead to a site bearing neither its name nor its tenant', async () => {
    expect(ids(await safetyFixture('tenant-notice-links-elsewhere.eml'))).toEqual([
      'sender.platform-links-elsewhere',
    ]);
    expect(ids(await safetyFixture('platform-casino-lure.eml'))).toEqual(['sender.platform-links-elsewhere']);
  });

  it('leaves alone platform mail that links to the platform itself or to a site named like the sender', async () => {
    expect(ids(await safetyFixture('tenant-mail-links-own-site.eml'))).toEqual([]);
    expect(ids(await safetyFixture('platform-app-verification.eml'))).toEqual([]);
  });

  it('leaves alone replies and senders on their own domains', () => {
    const links = [{ text: 'the document', href: 'https://files.example.net/d/1' }];
    expect(
      ids(
        makeEmailItem({
          fromAddress: 'kim@contoso.onmicrosoft.com',
          fromName: 'Kim Lee',
          links,
          headers: { 'in-reply-to': '<a1@example.org>' },
        }),
      ),
    ).toEqual([]);
    expect(ids(makeEmailItem({ fromAddress: 'kim@contoso.example', fromName: 'Kim Lee', links }))).toEqual(
      [],
    );
  });
});
