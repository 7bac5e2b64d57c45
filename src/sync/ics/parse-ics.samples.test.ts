/** ical.js's sample calendars (real exports from Google, Zimbra, Apple) through parseIcs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../paths.js';
import { type ParseIcsOptions, parseIcs } from './parse-ics.js';

const dir = join(projectRoot, '../shared/fixtures/ics/ical.js-samples');
const present = existsSync(dir);
const wide: ParseIcsOptions = {
  from: new Date('2012-01-01T00:00:00Z'),
  to: new Date('2025-01-01T00:00:00Z'),
  defaultTimezone: 'Europe/London',
};
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const starts = (name: string, opts = wide) =>
  parseIcs(read(name), opts).events.map((e) => e.startAt?.toISOString());

describe.skipIf(!present)('ical.js samples', () => {
  it('parses every sample without throwing or problems', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const parsed = parseIcs(read(file), wide);
      const capped =
        file === 'daily_recur.ics' || file === 'parserv2.ics' || file === 'day_long_recur_yearly.ics';
      expect({ file, problems: capped ? [] : parsed.problems }).toEqual({ file, problems: [] });
      for (const event of parsed.events) {
        expect(event.startAt!.getTime()).toBeLessThanOrEqual(event.endAt!.getTime());
        expect(event.externalId.length).toBeGreaterThan(0);
      }
    }
  });

  it('minimal.ics: one event in America/Los_Angeles', () => {
    const [event, ...rest] = parseIcs(read('minimal.ics'), wide).events;
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      externalId: 'dn4vrfmfn5p05roahsopg57h48@google.com',
      subject: 'Really long event name thing',
      startAt: new Date('2012-06-30T13:00:00Z'), // 06:00 PDT
      allDay: false,
    });
    expect(event?.data).toMatchObject({ timezone: 'America/Los_Angeles' });
  });

  it('duration_instead_of_dtend.ics: DURATION gives the end', () => {
    const [event] = parseIcs(read('duration_instead_of_dtend.ics'), wide).events;
    expect(event!.endAt!.getTime() - event!.startAt!.getTime()).toBe(86_400_000);
  });

  it('rdate_exdate.ics: a DATE EXDATE removes that day from a daily COUNT=4', () => {
    expect(starts('rdate_exdate.ics')).toEqual([
      '2024-06-09T03:00:00.000Z',
      '2024-06-10T03:00:00.000Z',
      '2024-06-12T03:00:00.000Z',
    ]);
  });

  it('recur_instances.ics: RDATEs, EXDATEs and overrides of RRULE and RDATE instances', () => {
    const opts = { ...wide, to: new Date('2013-03-01T00:00:00Z') };
    const events = parseIcs(read('recur_instances.ics'), opts).events;
    const byId = new Map(events.map((e) => [e.externalId.split('#')[1], e]));
    // First Tuesday 10:00 PDT, overridden to 15:00 with a new description.
    expect(byId.get('2012-10-02T17:00:00.000Z')).toMatchObject({
      startAt: new Date('2012-10-02T22:00:00Z'),
      bodyText: 'I HAZ CHANGED!',
    });
    // RDATE 5 Nov 10:00 PST, overridden by RECURRENCE-ID 18:00Z to 6 Nov 20:00 PST.
    expect(byId.get('2012-11-05T18:00:00.000Z')?.startAt).toEqual(new Date('2012-11-07T04:00:00Z'));
    expect(byId.has('2012-11-10T18:00:00.000Z')).toBe(true);
    expect(byId.has('2012-11-30T18:00:00.000Z')).toBe(true);
    // EXDATEs 4 Dec and 5 Feb.
    expect(byId.has('2012-12-04T18:00:00.000Z')).toBe(false);
    expect(byId.has('2013-02-05T18:00:00.000Z')).toBe(false);
    expect(byId.has('2013-01-01T18:00:00.000Z')).toBe(true);
    expect(events).toHaveLength(6);
  });

  it('google_birthday.ics: RDATE instances and RECURRENCE-ID-only series', () => {
    const ids = parseIcs(read('google_birthday.ics'), wide).events.map((e) => e.externalId);
    expect(ids.sort()).toEqual([
      '2014_BIRTHDAY_79d389868f96182e@google.com#2012-12-10',
      '2014_BIRTHDAY_79d389868f96182e@google.com#2013-12-10',
      '2014_BIRTHDAY_79d389868f96182e@google.com#2014-12-10',
      'BIRTHDAY_79d389868f96182e@google.com#2012-12-10',
      'BIRTHDAY_79d389868f96182e@google.com#2013-12-10',
      'BIRTHDAY_79d389868f96182e@google.com#2014-12-10',
    ]);
  });

  it('day_long_recur_yearly.ics: all-day weekdays at London midnight', () => {
    const opts = { ...wide, from: new Date('2012-08-01T00:00:00Z'), to: new Date('2012-08-08T00:00:00Z') };
    const events = parseIcs(read('day_long_recur_yearly.ics'), opts).events;
    expect(events.map((e) => [e.externalId.split('#')[1], e.allDay, e.startAt?.toISOString()])).toEqual([
      ['2012-08-03', true, '2012-08-02T23:00:00.000Z'],
      ['2012-08-06', true, '2012-08-05T23:00:00.000Z'],
      ['2012-08-07', true, '2012-08-06T23:00:00.000Z'],
      ['2012-08-08', true, '2012-08-07T23:00:00.000Z'], // London midnight, before 00:00Z
    ]);
  });

  it('timezone_from_file.ics: a made-up TZID is read through its VTIMEZONE (-07:41)', () => {
    const opts = { ...wide, to: new Date('2024-01-01T00:00:00Z') };
    expect(starts('timezone_from_file.ics', opts)).toEqual(['2023-03-06T21:23:00.000Z']);
  });

  it('multiple_rrules.ics: node-ical keeps only the last RRULE (known limitation)', () => {
    // ical.js unions both rules (weekly Mondays + monthly Sundays); node-ical drops the first.
    const opts = { ...wide, to: new Date('2012-04-10T00:00:00Z') };
    expect(starts('multiple_rrules.ics', opts)).toEqual([
      '2012-04-01T18:00:00.000Z',
      '2012-04-08T18:00:00.000Z',
    ]);
  });
});

if (!present) it.skip(`ical.js samples: ${dir} not found`, () => {});
