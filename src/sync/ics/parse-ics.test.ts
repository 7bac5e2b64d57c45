import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../paths.js';
import { type IcsEventData, maxDescriptionChars } from './event-item.js';
import { maxInstancesPerEvent, parseIcs } from './parse-ics.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test/fixtures/local/ics', name), 'utf8');
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const march2024 = { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-05-01T00:00:00Z') };

describe('parseIcs on a calendar export', () => {
  const parsed = parseIcs(fixture('team-sync-series.ics'), {
    ...march2024,
    defaultTimezone: 'Europe/London',
  });
  const series = parsed.events.filter((e) => e.externalId.startsWith('team-sync-1@example.com#'));

  it('expands the weekly series, drops the EXDATE, moves and cancels overridden instances', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.method).toBe('PUBLISH');
    expect(series.map((e) => [e.externalId.split('#')[1], e.startAt?.toISOString(), e.subject])).toEqual([
      ['2024-03-18T09:30:00.000Z', '2024-03-18T09:30:00.000Z', 'Team sync'],
      ['2024-03-25T09:30:00.000Z', '2024-03-25T09:30:00.000Z', 'Team sync'],
      // 1 April is excluded; BST started on 31 March, so 09:30 London is 08:30 UTC from here on.
      ['2024-04-08T08:30:00.000Z', '2024-04-10T13:00:00.000Z', 'Team sync (moved to Wednesday)'],
      ['2024-04-15T08:30:00.000Z', '2024-04-15T08:30:00.000Z', 'Team sync'],
      ['2024-04-22T08:30:00.000Z', '2024-04-22T08:30:00.000Z', 'Team sync'],
    ]);
    expect(series.map((e) => (e.data as IcsEventData).status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'cancelled',
      'confirmed',
    ]);
  });

  it('records where the series begins and the dates it skips, on every instance', () => {
    for (const event of series) {
      expect((event.data as IcsEventData).series).toEqual({
        start: '2024-03-18T09:30:00.000Z',
        end: '2024-03-18T10:00:00.000Z',
        exdates: ['2024-04-01T08:30:00.000Z'],
      });
    }
    const oneOff = parsed.events.find((e) => e.externalId === 'floating-dentist@example.com');
    if (!oneOff) throw new Error('the one-off event is missing');
    expect((oneOff.data as IcsEventData).series).toBeUndefined();
  });

  it('keeps organizer, attendees with PARTSTAT, location, description and the rule', () => {
    const first = series[0]!;
    const data = first.data as IcsEventData;
    expect(first).toMatchObject({
      kind: 'event',
      allDay: false,
      location: 'Room 4',
      bodyText: 'Weekly sync.\nAgenda in the doc.',
      fromAddress: 'grace@example.com',
      fromName: 'Grace Hopper',
      toAddresses: ['grace@example.com', 'ada@example.org'],
      endAt: new Date('2024-03-18T10:00:00Z'),
      threadId: 'team-sync-1@example.com',
    });
    expect(data).toMatchObject({
      organizer: 'grace@example.com',
      icalUid: 'team-sync-1@example.com',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6',
      timezone: 'Europe/London',
      sequence: 2,
      method: 'PUBLISH',
    });
    expect(data.attendees).toEqual([
      { email: 'grace@example.com', name: 'Grace Hopper', status: 'ACCEPTED' },
      { email: 'ada@example.org', name: 'Ada Lovelace', status: 'NEEDS-ACTION' },
    ]);
  });

  it('reads all-day dates as local midnight in the default zone, DTEND exclusive', () => {
    const easter = parsed.events.find((e) => e.externalId === 'easter-holiday@example.com');
    expect(easter).toMatchObject({
      allDay: true,
      startAt: new Date('2024-03-29T00:00:00Z'),
      endAt: new Date('2024-04-01T23:00:00Z'), // 2 April 00:00 BST
    });
  });

  it('reads floating times in the default zone and gives events without DTEND an hour', () => {
    const inTokyo = parseIcs(fixture('team-sync-series.ics'), {
      ...march2024,
      defaultTimezone: 'Asia/Tokyo',
    });
    const dentist = inTokyo.events.find((e) => e.externalId === 'floating-dentist@example.com');
    expect(dentist?.startAt?.toISOString()).toBe('2024-03-20T06:00:00.000Z');
    expect(dentist?.endAt?.toISOString()).toBe('2024-03-20T07:00:00.000Z');
  });

  it('gives the same ids on a re-parse, so a re-import updates rather than duplicates', () => {
    const again = parseIcs(fixture('team-sync-series.ics'), {
      ...march2024,
      defaultTimezone: 'Europe/London',
    });
    expect(again.events.map((e) => e.externalId)).toEqual(parsed.events.map((e) => e.externalId));
  });
});

describe('parseIcs on invitations', () => {
  it('reads an Exchange cancellation with a Windows time zone name', () => {
    const parsed = parseIcs(fixture('invite-cancel.ics'), {
      ...march2024,
      to: new Date('2024-07-01'),
      defaultTimezone: 'UTC',
    });
    expect(parsed.method).toBe('CANCEL');
    expect(parsed.events).toHaveLength(1);
    const event = parsed.events[0]!;
    expect(event.externalId).toBe('040000008200E00074C5B7101A82E00800000000B0C2C3D4E5F6');
    expect(event.startAt?.toISOString()).toBe('2024-06-05T08:00:00.000Z');
    expect(event.endAt?.toISOString()).toBe('2024-06-05T09:30:00.000Z');
    expect(event.subject).toBe('Abgesagt: Quartalsplanung');
    expect(event.location).toBe('Besprechungsraum Berlin');
    expect(event.fromName).toBe('Müller, Jan');
    expect(event.data).toMatchObject({ status: 'cancelled', method: 'CANCEL', sequence: 4 });
  });

  it('names a lone RECURRENCE-ID instance after the occurrence it replaces', () => {
    const parsed = parseIcs(
      calendar(
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:series-7',
        'RECURRENCE-ID:20240312T090000Z',
        'DTSTART:20240313T090000Z',
        'DTEND:20240313T093000Z',
        'SUMMARY:Moved standup',
        'END:VEVENT',
      ),
      { ...march2024, defaultTimezone: 'UTC' },
    );
    expect(parsed.events.map((e) => [e.externalId, e.startAt?.toISOString()])).toEqual([
      ['series-7#2024-03-12T09:00:00.000Z', '2024-03-13T09:00:00.000Z'],
    ]);
  });
});

describe('parseIcs on awkward input', () => {
  it('reports a broken VEVENT and keeps the others', () => {
    const parsed = parseIcs(
      calendar(
        'BEGIN:VEVENT',
        'UID:good',
        'DTSTART:20240305T100000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:bad',
        'DTSTART:20240306T100000Z',
        'DTSTART:20240307T100000Z',
        'END:VEVENT',
      ),
      { ...march2024, defaultTimezone: 'UTC' },
    );
    expect(parsed.events.map((e) => e.externalId)).toEqual(['good']);
    expect(parsed.problems).toEqual([
      { position: 'VEVENT 2 (UID bad)', reason: expect.stringMatching(/duplicate DTSTART/) },
    ]);
  });

  it('reports text that is not a calendar', () => {
    expect(parseIcs('From: someone\n\nhello', { ...march2024, defaultTimezone: 'UTC' })).toEqual({
      events: [],
      problems: [{ position: 'calendar', reason: expect.stringMatching(/not an iCalendar/) }],
    });
  });

  it('caps a runaway rule and says so', () => {
    const parsed = parseIcs(
      calendar('BEGIN:VEVENT', 'UID:spam', 'DTSTART:20240301T000000Z', 'RRULE:FREQ=MINUTELY', 'END:VEVENT'),
      { ...march2024, defaultTimezone: 'UTC' },
    );
    expect(parsed.events).toHaveLength(maxInstancesPerEvent);
    expect(parsed.problems[0]?.reason).toMatch(/more than 1000 instances/);
  });

  it('pins an undefined TZID to the default zone and reports it', () => {
    const parsed = parseIcs(
      calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART;TZID=Mars/Olympus:20240305T100000', 'END:VEVENT'),
      { ...march2024, defaultTimezone: 'Europe/Paris' },
    );
    expect(parsed.events[0]?.startAt?.toISOString()).toBe('2024-03-05T09:00:00.000Z');
    expect(parsed.problems).toEqual([
      { position: 'TZID Mars/Olympus', reason: expect.stringMatching(/unknown/) },
    ]);
  });

  it('caps a huge description', () => {
    const parsed = parseIcs(
      calendar(
        'BEGIN:VEVENT',
        'UID:long',
        'DTSTART:20240305T100000Z',
        `DESCRIPTION:${'x'.repeat(30_000)}`,
        'END:VEVENT',
      ),
      { ...march2024, defaultTimezone: 'UTC' },
    );
    expect(parsed.events[0]?.bodyText).toHaveLength(maxDescriptionChars);
    expect(parsed.events[0]?.bodyTruncated).toBe(true);
  });
});
