import { describe, expect, it } from 'vitest';
import { extractDueDate } from './due-date.js';

const london = (iso: string) => ({ instant: new Date(iso), timezone: 'Europe/London', workdayEnd: '17:00' });
const newYork = (iso: string) => ({
  instant: new Date(iso),
  timezone: 'America/New_York',
  workdayEnd: '17:00',
});

describe('extractDueDate', () => {
  it('reads "by Friday 5pm" received on a Wednesday in New York as Friday 17:00 EST', () => {
    // Wednesday 4 March 2026, 10:00 in New York.
    const due = extractDueDate(
      'Could you send the signed contract by Friday 5pm?',
      newYork('2026-03-04T15:00:00Z'),
    );
    expect(due?.dueAt.toISOString()).toBe('2026-03-06T22:00:00.000Z');
    expect(due?.phrase).toBe('Friday 5pm');
  });

  it('uses the offset in force on the due day, not on the day received (DST starts 8 March in New York)', () => {
    const due = extractDueDate(
      'The deposit is due Tuesday 10 March at 9am.',
      newYork('2026-03-06T15:00:00Z'),
    );
    expect(due?.dueAt.toISOString()).toBe('2026-03-10T13:00:00.000Z');
  });

  it('gives a date without a time the end of the working day in the user zone', () => {
    const due = extractDueDate('Payment due 3 March.', london('2026-02-25T09:00:00Z'));
    expect(due?.dueAt.toISOString()).toBe('2026-03-03T17:00:00.000Z');
  });

  it('reads "before EOD" as today at the end of the working day', () => {
    const due = extractDueDate('Please get this back to me before EOD.', {
      ...london('2026-03-04T09:30:00Z'),
      workdayEnd: '18:30',
    });
    expect(due?.dueAt.toISOString()).toBe('2026-03-04T18:30:00.000Z');
  });

  it('reads "by tomorrow at 3pm" relative to when the mail arrived', () => {
    const due = extractDueDate(
      'Can you send the figures by tomorrow at 3pm?',
      london('2026-06-10T08:00:00Z'),
    );
    // 15:00 British Summer Time.
    expect(due?.dueAt.toISOString()).toBe('2026-06-11T14:00:00.000Z');
  });

  it('reads day/month order the way the user writes it', () => {
    expect(extractDueDate('Offer expires 12/04', london('2026-03-04T09:00:00Z'))?.dueAt.toISOString()).toBe(
      '2026-04-12T16:00:00.000Z',
    );
    expect(extractDueDate('Offer expires 12/04', newYork('2026-03-04T15:00:00Z'))?.dueAt.toISOString()).toBe(
      '2026-12-04T22:00:00.000Z',
    );
  });

  it('ignores dates that are not deadlines', () => {
    const ref = london('2026-03-04T09:30:00Z');
    expect(extractDueDate('Can we meet on Friday at 2pm?', ref)).toBeUndefined();
    expect(extractDueDate('I was in Paris on 3 March and it rained.', ref)).toBeUndefined();
    expect(extractDueDate('Sent by Grace on Monday, by the way.', ref)).toBeUndefined();
  });

  it('takes the date after the deadline word when a sentence has several', () => {
    const due = extractDueDate(
      "I'm out on Monday, so please send it by Thursday noon.",
      london('2026-03-04T09:30:00Z'),
    );
    expect(due?.dueAt.toISOString()).toBe('2026-03-05T12:00:00.000Z');
  });

  it('keeps the earliest of several deadlines', () => {
    const due = extractDueDate(
      'The draft is due Friday. The final version is due 20 March.',
      london('2026-03-04T09:30:00Z'),
    );
    expect(due?.dueAt.toISOString()).toBe('2026-03-06T17:00:00.000Z');
  });

  it('respects an explicit zone in the text', () => {
    const due = extractDueDate('Submit by 5pm PST Friday', london('2026-03-04T09:30:00Z'));
    expect(due?.dueAt.toISOString()).toBe('2026-03-07T01:00:00.000Z');
  });
});
