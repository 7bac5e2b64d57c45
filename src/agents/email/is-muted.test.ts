import { describe, expect, it } from 'vitest';
import { isMuted, senderMatches } from './is-muted.js';

describe('isMuted', () => {
  it('matches addresses exactly and domains with their subdomains', () => {
    expect(senderMatches('Grace@Example.com', 'grace@example.com')).toBe(true);
    expect(senderMatches('grace@example.com', 'grace.h@example.com')).toBe(false);
    expect(senderMatches('@example.com', 'news@mail.example.com')).toBe(true);
    expect(senderMatches('example.com', 'a@example.com')).toBe(true);
    expect(senderMatches('@example.com', 'a@notexample.com')).toBe(false);
  });

  it('says why, kind first', () => {
    const prefs = { mutedSenders: ['@example.com'], mutedCategories: ['work'], mutedKinds: [] as string[] };
    expect(
      isMuted(prefs, { sender: 'a@example.com', category: 'personal', kind: 'create_email_draft' }),
    ).toBe('sender is muted');
    expect(isMuted(prefs, { sender: 'a@other.example', category: 'work', kind: 'create_email_draft' })).toBe(
      'category work is muted',
    );
    expect(isMuted(prefs, { sender: null, category: undefined, kind: 'create_email_draft' })).toBeUndefined();
  });
});
