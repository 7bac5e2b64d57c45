import { describe, expect, it } from 'vitest';
import { loadMailFixture, makeContext } from '../../../test/helpers/agent-items.js';
import { TriageAgent } from './triage-agent.js';

// Real MIME parsing of the hand-written mails in test/fixtures/mail, then triage.
describe('TriageAgent on .eml fixtures', () => {
  it.each([
    ['quote-request.eml', { category: 'work', needsReply: true, certain: false, actionType: 'reply' }],
    ['newsletter.eml', { category: 'newsletter', needsReply: false, certain: true, importance: 1 }],
    ['invitation.eml', { category: 'meeting', needsReply: false, certain: true, actionType: 'schedule' }],
    ['order-shipped.eml', { category: 'shopping_receipt', needsReply: false, certain: true }],
    ['invoice.eml', { category: 'bill_finance', needsReply: false, certain: true, actionType: 'pay' }],
    ['cc-fyi.eml', { category: 'work', needsReply: false, certain: false }],
    ['github-notification.eml', { category: 'notification', needsReply: false, certain: true }],
    ['flight-booking.eml', { category: 'travel', needsReply: false, certain: true }],
    ['linkedin-connect.eml', { category: 'social', needsReply: false, certain: true }],
  ])('%s', async (file, expected) => {
    const item = await loadMailFixture(file);
    const result = await new TriageAgent().run(
      makeContext({ items: [item], knownContacts: new Set(['grace@example.com']) }),
    );
    expect(result.output.get(item.id)).toMatchObject(expected);
  });

  it('finds the deadline of the quote request in London time and ignores the quoted thread', async () => {
    const item = await loadMailFixture('quote-request.eml');
    const result = await new TriageAgent().run(makeContext({ items: [item] }));
    // Friday 6 March 2026, 17:00 GMT.
    expect(result.output.get(item.id)?.dueAt?.toISOString()).toBe('2026-03-06T17:00:00.000Z');
  });

  it('gives the invoice its payment date', async () => {
    const item = await loadMailFixture('invoice.eml');
    const result = await new TriageAgent().run(makeContext({ items: [item] }));
    expect(result.output.get(item.id)?.dueAt?.toISOString()).toBe('2026-03-10T17:00:00.000Z');
  });
});
