import { describe, expect, it } from 'vitest';
import { buildMailFacts } from '../mail-facts.js';
import { safetyFixture } from '../safety-fixture.test-helper.js';
import { linkSignals } from './link-signals.js';

const ids = async (name: string) =>
  linkSignals(buildMailFacts(await safetyFixture(name))).signals.map((s) => s.id);

describe('one landing page behind every button', () => {
  it('counts a sender with no usable domain as unrelated to the one site its buttons lead to', async () => {
    expect(await ids('no-domain-sender-one-landing.eml')).toContain('link.single-unrelated-destination');
  });

  it("reads Amazon SES click tracking at its destination: a landing page elsewhere, or the sender's own shop", async () => {
    expect(await ids('ses-lure-tracked-landing.eml')).toContain('link.single-unrelated-destination');
    expect(await ids('ses-receipt-tracked-own-site.eml')).toEqual([]);
  });
});
