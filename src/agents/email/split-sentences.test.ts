import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it('splits on sentence ends but not after a.m., e.g. or Dr.', () => {
    expect(splitSentences('We start at 9 a.m. Monday with Dr. Smith. Bring e.g. the slides! Ok?')).toEqual([
      'We start at 9 a.m. Monday with Dr. Smith.',
      'Bring e.g. the slides!',
      'Ok?',
    ]);
  });

  it('joins hard-wrapped lines and keeps short label lines apart', () => {
    const text =
      'We reviewed the figures you sent and the totals match the ledger for the\nwhole quarter, apart from one refund.\nAmount due: £120.00\nPayment due 10 March.';
    expect(splitSentences(text)).toEqual([
      'We reviewed the figures you sent and the totals match the ledger for the whole quarter, apart from one refund.',
      'Amount due: £120.00',
      'Payment due 10 March.',
    ]);
  });

  it('treats list items and paragraphs as separate sentences', () => {
    expect(splitSentences('Agenda:\n- budget\n- hiring\n\nSee you there')).toEqual([
      'Agenda:',
      'budget',
      'hiring',
      'See you there',
    ]);
  });

  it('reads a list that finishes the question its lead-in opened as one question', () => {
    const text =
      'Could you send a revised quote that:\n- cuts the printed lookbook to 1,500 copies, and\n- moves the short film to a second phase, after the launch?\n\nBest,';
    expect(splitSentences(text)).toEqual([
      'Could you send a revised quote that: cuts the printed lookbook to 1,500 copies, and moves the short film to a second phase, after the launch?',
      'Best,',
    ]);
    // Not a question: the lead-in and each item stay apart.
    expect(splitSentences('Next steps:\n- Ana books the room\n- Tom sends the deck\nThanks all.')).toEqual([
      'Next steps:',
      'Ana books the room',
      'Tom sends the deck',
      'Thanks all.',
    ]);
  });
});
