import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { recipientSignals } from './recipient-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  recipientSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);

describe('recipientSignals', () => {
  it('flags the recipient address used as a name in the subject or the greeting', () => {
    expect(ids({ subject: 'ada@example.org, your storage is full' })).toContain(
      'recipient.address-in-subject',
    );
    expect(ids({ bodyText: 'Hello ada@example.org,\n\nYour parcel is waiting.' })).toContain(
      'recipient.greeted-by-address',
    );
    expect(ids({ bodyText: 'Bonjour  ada@example.org!\nVotre colis attend.' })).toContain(
      'recipient.greeted-by-address',
    );
  });

  it('does not flag the address in a footer or a personal greeting', () => {
    expect(
      ids({ bodyText: 'Hi Ada,\n\nSee you at 3.\n\nThis message was sent to ada@example.org.' }),
    ).toEqual([]);
  });

  it('notes mail with no visible recipient, but not mailing-list traffic', () => {
    expect(ids({ toAddresses: [], ccAddresses: [] })).toContain('recipient.undisclosed');
    expect(
      ids({ toAddresses: [], ccAddresses: [], headers: { 'list-id': '<team.lists.example>' } }),
    ).not.toContain('recipient.undisclosed');
  });
});
