import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { forwardedPart } from './forwarded-part.js';
import { TriageAgent } from './triage-agent.js';

async function category(bodyText: string, subject: string) {
  const item = makeEmailItem({ bodyText, subject });
  const result = await new TriageAgent().run(makeContext({ items: [item] }));
  return result.output.get(item.id)!.category;
}

const notice =
  'The risk committee will meet Thursday, May 31 at 2:00 PM.\nThe meeting will be held in conference room 1012.';

describe('forwardedPart', () => {
  it('returns the forwarded message of a forward', () => {
    expect(forwardedPart('FW: Committee', `FYI\n\n-----Original Message-----\n${notice}`)).toContain(
      'room 1012',
    );
    expect(
      forwardedPart('Committee', `fyi\n---------------------- Forwarded by Ann/HOU on 05/20/2001\n${notice}`),
    ).toContain('room 1012');
  });

  it('returns nothing for the quoted history of a reply', () => {
    expect(forwardedPart('RE: Committee', `Thanks.\n\n-----Original Message-----\n${notice}`)).toBe('');
  });
});

describe('meeting mail', () => {
  it('files a forwarded meeting notice under a bare FYI as a meeting', async () => {
    expect(await category(`FYI\n\n-----Original Message-----\n${notice}`, 'FW: Risk committee')).toBe(
      'meeting',
    );
  });

  it('does not file a reply as a meeting because the quoted thread announced one', async () => {
    expect(
      await category(
        `Thanks, the numbers look fine.\n\n-----Original Message-----\n${notice}`,
        'RE: Q2 numbers',
      ),
    ).toBe('work');
  });

  it('files an Outlook meeting body ("When: ...") as a meeting even without a meeting word', async () => {
    expect(
      await category(
        'When: Sunday, January 20, 2002 10:00 AM-10:30 AM (GMT-06:00) Central Time (US & Canada).\n\n*~*~*~*~*~*~*~*~*~*',
        'Strategy/Infrastructure/People   EB 3127B',
      ),
    ).toBe('meeting');
  });

  it('keeps an offsite invitation that names the hotel a meeting, not travel', async () => {
    expect(
      await category(
        'Please plan on attending the offsite on December 13. We will be at the Hyatt hotel downtown.',
        'Offsite',
      ),
    ).toBe('meeting');
    expect(await category('Your hotel booking confirmation is attached.', 'Booking confirmation')).toBe(
      'travel',
    );
  });
});
