import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { obfuscationSignals } from './obfuscation-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  obfuscationSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);

describe('obfuscationSignals', () => {
  it('flags decorative Unicode letters and words mixing alphabets', () => {
    expect(ids({ subject: '𝐑𝐞𝐪𝐮𝐞𝐬𝐭 𝐚 𝐅𝐫𝐞𝐞 𝐐𝐮𝐨𝐭𝐞' })).toEqual(['text.obfuscated-letters']);
    // "Nutrisystеm" with a Cyrillic е.
    expect(ids({ fromName: 'Nutrisyst\u0435m Partner' })).toEqual(['text.obfuscated-letters']);
    expect(ids({ subject: 'Pay\u200bPal notice' })).toEqual(['text.obfuscated-letters']);
  });

  it('leaves ordinary text in any single alphabet alone', () => {
    expect(ids({ subject: 'Quarterly numbers', bodyText: 'Привет, Ада! Увидимся завтра.' })).toEqual([]);
    expect(ids({ subject: 'Café René — réunion à 15h' })).toEqual([]);
  });
});
