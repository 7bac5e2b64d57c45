import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { recipientSignals } from './recipient-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  recipientSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);

describe('recipientSignals: strangers and addresses as salutations', () => {
  it('notes unrelated visible recipients on several free-mail services', () => {
    expect(
      ids({ toAddresses: ['ada@example.org', 'x1@outlook.com', 'luis@protonmail.com', 'yark@yandex.ru'] }),
    ).toContain('recipient.strangers');
    expect(ids({ toAddresses: ['a@acme.example', 'b@acme.example', 'c@acme.example'] })).not.toContain(
      'recipient.strangers',
    );
  });

  it('reads an address used as a salutation in the subject, even when sent by Bcc', () => {
    expect(ids({ toAddresses: [], subject: 'phishing@pot, Are You Fully Covered?' })).toContain(
      'recipient.address-in-subject',
    );
    expect(ids({ subject: 'Re: ada@example.org: meeting notes' })).toContain('recipient.address-in-subject');
    expect(ids({ subject: 'Mail to billing@acme.example bounces' })).not.toContain(
      'recipient.address-in-subject',
    );
  });
});
