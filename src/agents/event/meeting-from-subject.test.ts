import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../test/helpers/agent-items.js';
import { findSubjectMeeting } from './meeting-from-subject.js';

/** Friday 6 March 2026, 10:00 in London; "now" is noon. */
const friday = new Date('2026-03-06T10:00:00Z');
const options = {
  timeZone: 'Europe/London',
  reference: friday,
  now: new Date('2026-03-06T12:00:00Z'),
  defaultMinutes: 30,
  meetingHours: [8, 19] as [number, number],
};

function scan(subject: string, bodyText = 'See you there.') {
  return findSubjectMeeting(makeEmailItem({ subject, bodyText, receivedAt: friday }), options);
}

describe('findSubjectMeeting', () => {
  it('takes a meeting named with a day and an hour in the subject', () => {
    const meeting = scan('Staff meeting Tuesday 3pm');
    expect(meeting?.start.toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(meeting?.end.toISOString()).toBe('2026-03-10T15:30:00.000Z');
    expect(scan('RE: Conference call March 12 10:00-11:00')?.statedMinutes).toBe(60);
  });

  it('needs a meeting word, a day and an hour', () => {
    expect(scan('Budget due Tuesday 3pm')).toBeUndefined();
    expect(scan('Staff meeting next week')).toBeUndefined();
    expect(scan('Staff meeting Tuesday')).toBeUndefined();
  });

  it('ignores reports, past times and meetings the body declines', () => {
    expect(scan('Notes from the staff meeting Tuesday 3pm')).toBeUndefined();
    expect(scan('Staff meeting Thursday 3pm')?.start.getTime()).toBeGreaterThan(friday.getTime());
    expect(scan('Staff meeting Tuesday 3pm', "Sorry, I can't make it.")).toBeUndefined();
  });
});
