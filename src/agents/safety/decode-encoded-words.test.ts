import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from './decode-encoded-words.js';
import { buildMailFacts } from './mail-facts.js';
import { safetyFixture } from './safety-fixture.test-helper.js';

describe('decodeEncodedWords', () => {
  it('decodes Q and B words, joining adjacent words without the folding space', () => {
    expect(decodeEncodedWords('=?us-ascii?Q?=3Chttps=3A=2F=2Fa=2Eexample?= =?us-ascii?Q?=2Fu=3E?=')).toBe(
      '<https://a.example/u>',
    );
    expect(decodeEncodedWords('=?UTF-8?B?UGF5cGFsIEd1dGhhYmVu?= team')).toBe('Paypal Guthaben team');
    expect(decodeEncodedWords('<mailto:u@a.example>')).toBe('<mailto:u@a.example>');
    expect(decodeEncodedWords('=?utf-8?B?!!!?=')).toBe('=?utf-8?B?!!!?=');
  });

  it('lets an encoded List-Unsubscribe count as real, while a decoded non-URI stays forged', async () => {
    const encoded = buildMailFacts(await safetyFixture('list-unsubscribe-encoded-words.eml'));
    expect(encoded.forgedListHeaders).toBe(false);
    expect(encoded.listUnsubscribe).toBe(true);
    const bogus = buildMailFacts(await safetyFixture('list-unsubscribe-not-a-uri.eml'));
    expect(bogus.forgedListHeaders).toBe(true);
  });
});
