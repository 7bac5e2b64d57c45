import { describe, expect, it } from 'vitest';
import { signOffOf } from './learn-sign-off.js';

describe('signOffOf', () => {
  it('takes a closing line and up to two name lines', () => {
    expect(signOffOf('Sounds good.\n\nCheers,\nSam')).toBe('Cheers,\nSam');
    expect(signOffOf('Sounds good.\n\nKind regards,\nSamuel Jones\nHead of Operations')).toBe(
      'Kind regards,\nSamuel Jones\nHead of Operations',
    );
    expect(signOffOf('Sounds good.\n\nThanks!')).toBe('Thanks!');
  });

  it('ignores quoted replies and "-- " signatures', () => {
    const body =
      'Fine by me.\n\nBest,\nSam\n\n-- \nSam Smith | ACME\n\nOn Mon, 8 Jun 2026, Tom wrote:\n> Cheers,\n> Tom';
    expect(signOffOf(body)).toBe('Best,\nSam');
    expect(signOffOf('Fine.\r\n\r\nBest,\r\nSam\r\n> quoted')).toBe('Best,\nSam');
  });

  it('finds nothing when the mail does not end with a closing', () => {
    expect(signOffOf('Can you send the file?')).toBeUndefined();
    expect(signOffOf('Cheers,\nSee the attached file for the full breakdown of costs.')).toBeUndefined();
    expect(signOffOf('')).toBeUndefined();
  });
});
