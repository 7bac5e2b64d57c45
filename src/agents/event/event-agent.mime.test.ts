/** Our own small .eml fixtures through the mail normaliser and the event agent. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../test/helpers/agent-items.js';
import { projectRoot } from '../../paths.js';
import { normaliseMime } from '../../sync/mail/normalise-mime.js';
import { type AgentItem, agentItemFromNormalised } from '../agent-item.js';
import { EventAgent } from './event-agent.js';

async function itemFrom(name: string): Promise<AgentItem> {
  const raw = readFileSync(join(projectRoot, 'test/fixtures/event', name));
  const normalised = await normaliseMime(raw, { maxBodyChars: 100_000 });
  return agentItemFromNormalised(normalised, {
    id: `00000000-0000-4000-8000-${name.length.toString().padStart(12, '0')}`,
    accountId: '00000000-0000-4000-8000-000000000001',
    contentHash: name,
  });
}

const noon = new Date('2026-03-06T12:00:00Z');

describe('EventAgent on parsed mail', () => {
  it('reads the new proposal in a reply, not the quoted one, the refusal or the signature', async () => {
    const item = await itemFrom('meeting-request-reply.eml');
    const result = await new EventAgent().run(makeContext({ now: noon, items: [item] }));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error(`unexpected ${proposal?.kind}`);
    expect(proposal.payload).toMatchObject({
      title: 'Meeting with Grace Hopper and 1 other',
      start: '2026-03-10T15:00:00+00:00',
      end: '2026-03-10T15:45:00+00:00',
      attendees: ['grace@example.com', 'alan@example.net'],
    });
    expect(proposal.payload.location).toBeUndefined();
  });

  it('reads nothing into a newsletter that asks "can you join on Tuesday at 3pm?"', async () => {
    const item = await itemFrom('newsletter-live-qa.eml');
    const result = await new EventAgent().run(makeContext({ now: noon, items: [item] }));
    expect(result.proposals).toEqual([]);
    // The same words from a person would be a proposal: it is the bulk headers that stop it.
    const personal = { ...item, headers: {}, fromAddress: 'grace@example.com' };
    expect(
      (await new EventAgent().run(makeContext({ now: noon, items: [personal] }))).proposals,
    ).toHaveLength(1);
  });
});
