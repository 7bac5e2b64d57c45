import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import type { AgentItem } from '../../agent-item.js';
import { buildMailFacts } from '../mail-facts.js';
import { safetyFixture } from '../safety-fixture.test-helper.js';
import { kitArtifactSignals } from './kit-artifacts.js';

const ids = (item: AgentItem) => kitArtifactSignals(buildMailFacts(item)).map((s) => s.id);

describe('kitArtifactSignals', () => {
  it('notes a bulk mail that repeats the recipient in Cc and borrows an Amazon SES message ID', async () => {
    expect(ids(await safetyFixture('kit-cc-copies-recipient.eml'))).toEqual([
      'recipient.cc-repeats-to',
      'sender.forged-service-message-id',
    ]);
  });

  it('leaves alone a reply that copies its addressee, and SES mail that carries the SES signature', async () => {
    expect(ids(await safetyFixture('reply-all-cc-same-person.eml'))).toEqual([]);
    expect(ids(await safetyFixture('ses-newsletter-signed.eml'))).toEqual([]);
  });

  it('does not read a Cc that adds other people as a copy of the recipient', () => {
    expect(
      ids(
        makeEmailItem({
          toAddresses: ['ada@example.org'],
          ccAddresses: ['ada@example.org', 'bob@acme.example'],
        }),
      ),
    ).toEqual([]);
    expect(
      ids(makeEmailItem({ toAddresses: ['ada@example.org'], ccAddresses: ['ADA@example.org'] })),
    ).toEqual(['recipient.cc-repeats-to']);
  });

  it('treats a Gmail message ID without any signature as borrowed, and a signed one as genuine', () => {
    const gmail = (headers: Record<string, string>) =>
      makeEmailItem({ headers: { 'message-id': '<CAF8kZ2vX0r1Lq9@mail.gmail.com>', ...headers } });
    expect(ids(gmail({}))).toEqual(['sender.forged-service-message-id']);
    expect(ids(gmail({ 'dkim-signature': 'v=1; a=rsa-sha256; d=gmail.com; s=20230601; bh=x; b=y' }))).toEqual(
      [],
    );
    // A list server strips the author's Gmail signature: not a borrowed ID.
    expect(ids(gmail({ 'list-id': 'Kernel hackers <kernel.lists.example.org>' }))).toEqual([]);
  });
});
