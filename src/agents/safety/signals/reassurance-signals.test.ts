import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { reassuranceSignals } from './reassurance-signals.js';

const ids = (bodyText: string) =>
  reassuranceSignals(buildMailFacts(makeEmailItem({ bodyText }))).map((s) => s.id);

describe('reassuranceSignals', () => {
  it('flags a pasted "trusted sender" banner at the top of the body', () => {
    expect(ids('This message is from a trusted sender.\n\nDear customer, ...')).toEqual([
      'text.fake-trust-banner',
    ]);
    expect(ids('Verified sender ✓ confirmed by Outlook\nYour storage is full')).toEqual([
      'text.fake-trust-banner',
    ]);
  });

  it('leaves safe-sender advice and antivirus footers alone', () => {
    expect(ids('Add us to your safe senders list so our newsletter reaches you.')).toEqual([]);
    expect(
      ids('Hi Ada,\nsee you soon.\n--\nNo virus found in this outgoing message. Checked by AVG.'),
    ).toEqual([]);
  });
});
