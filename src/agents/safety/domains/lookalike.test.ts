import { describe, expect, it } from 'vitest';
import { boundedEditDistance, imitates, skeleton } from './lookalike.js';

describe('lookalike', () => {
  it('folds confusable characters', () => {
    expect(skeleton('rnicros0ft')).toBe(skeleton('microsoft'));
    expect(skeleton('раураl')).toBe(skeleton('paypal')); // Cyrillic р, а, у
  });

  it('bounds the edit distance', () => {
    expect(boundedEditDistance('paypal', 'paypa', 2)).toBe(1);
    expect(boundedEditDistance('paypal', 'zzzzzzzz', 2)).toBe(3);
  });

  it.each([
    ['paypa1', 'paypal'],
    ['micros0ft-365-support', 'microsoft'],
    ['paypal-secure', 'paypal'],
    ['docusignverify', 'docusign'],
    ['linkedln', 'linkedin'],
  ])('%s imitates %s', (candidate, real) => {
    expect(imitates(candidate, real)).toBe(true);
  });

  it.each([
    ['paypal', 'paypal'],
    ['applebees', 'apple'],
    ['ups', 'ups'],
    ['snapple', 'apple'],
  ])('%s does not imitate %s', (candidate, real) => {
    expect(imitates(candidate, real)).toBe(false);
  });
});

describe('imitates: hyphenated brand labels', () => {
  it('does not read an ordinary word as one letter off a hyphenated brand', () => {
    expect(imitates('norma-online', 't-online')).toBe(false);
    expect(imitates('t-0nline', 't-online')).toBe(true);
  });
});
