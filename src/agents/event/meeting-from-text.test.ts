import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { findTextMeetings, type TextMeetingOptions } from './meeting-from-text.js';

/** Friday 6 March 2026, 10:00 in London (GMT). */
const friday = new Date('2026-03-06T10:00:00Z');
const options: TextMeetingOptions = {
  timeZone: 'Europe/London',
  reference: friday,
  now: new Date('2026-03-06T12:00:00Z'),
  defaultMinutes: 30,
  meetingHours: [9, 17],
};

function scan(body: string, overrides: Partial<TextMeetingOptions> = {}, subject = 'Catching up') {
  return findTextMeetings(makeEmailItem({ bodyText: body, subject, receivedAt: friday }), {
    ...options,
    ...overrides,
  });
}

describe('findTextMeetings', () => {
  it('reads "can we meet Tuesday at 3?" sent on a Friday as next Tuesday 15:00 local, default length', () => {
    const { meetings } = scan('Hi Ada,\n\nCan we meet Tuesday at 3?\n\nGrace');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(meetings[0]?.end.toISOString()).toBe('2026-03-10T15:30:00.000Z');
    expect(meetings[0]?.statedMinutes).toBeUndefined();
  });

  it('resolves the wall clock in the user zone, across a DST change after the mail', () => {
    // New York moves to EDT on 8 March: Tuesday 15:00 there is 19:00Z, not 20:00Z.
    const { meetings } = scan('Can we meet Tuesday at 3?', { timeZone: 'America/New_York' });
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-10T19:00:00.000Z');
  });

  it('takes a stated duration and place: "tomorrow 10:30 for an hour at our office"', () => {
    const { meetings } = scan(
      'How about tomorrow 10:30 for an hour at our office in Camden?',
      {},
      'Re: slides',
    );
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-07T10:30:00.000Z');
    expect(meetings[0]?.statedMinutes).toBe(60);
    expect(meetings[0]?.end.toISOString()).toBe('2026-03-07T11:30:00.000Z');
    expect(meetings[0]?.location).toBe('our office in Camden');
  });

  it('honours an explicit zone and an ordinal day: "the 14th at 2pm CET"', () => {
    const { meetings } = scan('Are you free on the 14th at 2pm CET for a quick call?');
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-14T13:00:00.000Z');
    expect(meetings[0]?.statedZone).toBe('CET');
    expect(meetings[0]?.kind).toBe('Call');
  });

  it('reads "45 minutes" and a Zoom link', () => {
    const { meetings } = scan(
      "Let's do a 45 minutes sync on Monday at 11am on Zoom: https://us02web.zoom.us/j/81234567890?pwd=abc.",
    );
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-09T11:00:00.000Z');
    expect(meetings[0]?.statedMinutes).toBe(45);
    expect(meetings[0]?.location).toBe('https://us02web.zoom.us/j/81234567890?pwd=abc');
  });

  it('takes a range as the length: "Wednesday 2-3:30pm"', () => {
    const { meetings } = scan('Could we get together Wednesday 2-3:30pm?');
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-11T14:00:00.000Z');
    expect(meetings[0]?.end.toISOString()).toBe('2026-03-11T15:30:00.000Z');
  });

  it('proposes each time offered', () => {
    const { meetings } = scan('Would Monday 9am or Wednesday 4pm work for you for a call?');
    expect(meetings.map((m) => m.start.toISOString())).toEqual([
      '2026-03-09T09:00:00.000Z',
      '2026-03-11T16:00:00.000Z',
    ]);
  });

  it('does not read "2.30pm" as the end of a sentence', () => {
    const { meetings } = scan('Can we meet on Thursday at 2.30pm? I will bring the slides.');
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-12T14:30:00.000Z');
  });

  it('ignores a proposal that only appears in the quoted history', () => {
    const body = [
      'Thanks, that sounds good. See you then.',
      '',
      'On Mon, 2 Mar 2026 at 09:12, Grace Hopper <grace@example.com> wrote:',
      '> Can we meet Tuesday at 3?',
    ].join('\n');
    expect(scan(body).meetings).toEqual([]);
    expect(scan('Sounds good!\n> Can we meet Thursday at 3?\n> Grace').meetings).toEqual([]);
  });

  it('ignores dates in a signature', () => {
    const body = 'Can you send me the report?\n\nBest,\nGrace\nOffice hours: Tuesday at 3pm, room 12';
    expect(scan(body).meetings).toEqual([]);
  });

  it('ignores a time that is already past', () => {
    // Received Friday morning, read on Saturday: "today at 3" is gone.
    const { meetings } = scan('Can we meet today at 3?', { now: new Date('2026-03-07T09:00:00Z') });
    expect(meetings).toEqual([]);
  });

  it('ignores statements that are not proposals', () => {
    expect(scan('The parcel will be delivered on Tuesday at 3pm.', {}, 'Your order').meetings).toEqual([]);
    expect(scan("I'm out of office until Tuesday at 3pm.", {}, 'OOO').meetings).toEqual([]);
    expect(scan('We met last Tuesday at 3, remember?').meetings).toEqual([]);
  });

  it('keeps the alternative when another time is declined: "can\'t do Monday, how about Tuesday at 10?"', () => {
    const { meetings } = scan("I can't do Monday at 9, but how about Tuesday at 10 for the meeting?");
    expect(meetings.map((m) => m.start.toISOString())).toEqual(['2026-03-10T10:00:00.000Z']);
  });

  it('reads a time offered in the sentence after the request', () => {
    const { meetings } = scan('Can we catch up next week? Tuesday at 3 would work for me.', {}, 'Re: slides');
    expect(meetings.map((m) => m.start.toISOString())).toEqual(['2026-03-10T15:00:00.000Z']);
  });

  it('reads a request hard-wrapped over two lines, and a length stated later in the paragraph', () => {
    const { meetings } = scan(
      'Would Tuesday at 3 work\nfor you? Alan can join too. An hour should\nbe plenty.\n\nGrace',
      {},
      'Re: x',
    );
    expect(meetings.map((m) => [m.start.toISOString(), m.statedMinutes])).toEqual([
      ['2026-03-10T15:00:00.000Z', 60],
    ]);
  });

  it('does not treat a subject that reports on a meeting as a request', () => {
    const body = 'Tuesday at 3?';
    expect(scan(body, {}, 'Meeting notes').meetings).toEqual([]);
    expect(scan(body, {}, 'Meeting?').meetings).toHaveLength(1);
  });

  it('reports a request with no usable time as unresolved instead of guessing', () => {
    const vague = scan('Can we meet at 3 sometime?');
    expect(vague.meetings).toEqual([]);
    expect(vague.unresolved).toBe(true);
    const noTime = scan('Could we have a call next week?');
    expect(noTime.meetings).toEqual([]);
    expect(noTime.unresolved).toBe(true);
    expect(scan('Thanks for the notes, all clear.').unresolved).toBe(false);
  });
});

describe('findTextMeetings on announced meetings', () => {
  it('reads "the conference call will be March 10th from 1:30 - 2:30 PM" as that slot', () => {
    const { meetings } = scan(
      'Per our conversation this morning, the conference call with Peter will be March 10th from 1:30 - 2:30 PM.',
      {},
      'Wireless technologies',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-10T13:30:00.000Z');
    expect(meetings[0]?.end.toISOString()).toBe('2026-03-10T14:30:00.000Z');
  });

  it('joins a day and a time given apart: "Date: Tuesday, 3/10/26 Time: 1:00 p.m."', () => {
    const { meetings } = scan(
      'The call-in information for the strategy meeting is as follows:\nDate: Tuesday, 3/10/26\nTime: 1:00 p.m.\nDial In Number: 888-555-0100',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-10T13:00:00.000Z');
  });

  it('reads "a conference call has been scheduled" with its date and time', () => {
    const { meetings } = scan('A conference call has been scheduled 3/12 4PM between the two teams.');
    expect(meetings[0]?.start.toISOString()).toBe('2026-03-12T16:00:00.000Z');
  });

  it('proposes nothing from a time that sits only in a Lotus Notes forward', () => {
    const { meetings, unresolved } = scan(
      'FYI\n\n---------------------- Forwarded by Ann Lee/HOU/ECT on 03/05/2026 08:45 AM ---------------------------\n\nCan we meet Tuesday at 3?',
    );
    expect(meetings).toHaveLength(0);
    expect(unresolved).toBe(false);
  });

  it('still ignores a meeting reported in the past tense', () => {
    const { meetings } = scan('The review was moved from Tuesday at 3 and has been held already.');
    expect(meetings).toHaveLength(0);
  });
});
