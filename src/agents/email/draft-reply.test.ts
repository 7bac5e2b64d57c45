import { describe, expect, it } from 'vitest';
import { byWhen, heuristicReplyText, replyShape, signOffFor } from './draft-reply.js';
import { extractNewText } from './new-text.js';

const now = new Date('2026-03-04T09:30:00Z');

describe('rule-based reply text', () => {
  it('names the deadline in the user zone, with the hour only when it is not the end of the day', () => {
    expect(byWhen(new Date('2026-03-06T17:00:00Z'), now, 'Europe/London', '17:00')).toBe('by Friday 6 March');
    expect(byWhen(new Date('2026-03-05T15:00:00Z'), now, 'Europe/London', '17:00')).toBe(
      'by Thursday 5 March at 15:00',
    );
    expect(byWhen(new Date('2026-03-01T17:00:00Z'), now, 'Europe/London', '17:00')).toBe('shortly');
    expect(byWhen(undefined, now, 'Europe/London', '17:00')).toBe('shortly');
  });

  it('answers the shape of the request', () => {
    const shape = (text: string) => replyShape(extractNewText(text), undefined);
    expect(shape('Are you free for a call on Thursday?')).toBe('meeting');
    expect(shape('Could you send me the slides?')).toBe('send');
    expect(shape('Please review the attached contract.')).toBe('review');
    expect(shape('What colour did we pick?')).toBe('question');
    expect(shape('Here are my notes.')).toBe('generic');
  });

  it('proposes to confirm a meeting, in each tone', () => {
    const base = {
      shape: 'meeting' as const,
      dueAt: undefined,
      now,
      timezone: 'Europe/London',
      workdayEnd: '17:00',
    };
    expect(heuristicReplyText({ ...base, tone: 'neutral' })).toBe(
      "Hello,\n\nThank you for the invitation. The proposed time should work for me; I'll confirm shortly.",
    );
    expect(heuristicReplyText({ ...base, tone: 'formal' })).toMatch(
      /^Good day,\n\nThank you for your invitation\./,
    );
    expect(heuristicReplyText({ ...base, tone: 'friendly' })).toMatch(/^Hi,\n\nThanks for reaching out!/);
  });

  it('uses the stored sign-off, else one that fits the tone', () => {
    expect(signOffFor({ signOff: 'Best,\nAda', tone: 'formal' }, 'Ada Lovelace')).toBe('Best,\nAda');
    expect(signOffFor({ signOff: '', tone: 'friendly' }, 'Ada Lovelace')).toBe('Cheers,\nAda');
    expect(signOffFor({ signOff: '  ', tone: 'formal' }, 'Ada Lovelace')).toBe('Kind regards,\nAda Lovelace');
  });
});
