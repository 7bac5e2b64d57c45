import { readFileSync } from 'node:fs';
import { type CalendarResponse, expandRecurringEvent, sync as ical, type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../ics/parse-ics.js';
import { SAMPLE_WEEK, sampleCalendarPath, sampleDayStart } from './sample-mailbox.js';

let calendar: CalendarResponse;
let events: VEvent[];
const week = { from: sampleDayStart(SAMPLE_WEEK.from), to: sampleDayStart(SAMPLE_WEEK.to) };

function bySummary(summary: string): VEvent {
  const found = events.find((e) => e.summary === summary);
  if (!found) throw new Error(`no sample event "${summary}"`);
  return found;
}

/** Instances that start inside the sample week (node-ical's `to` is inclusive, so trim it). */
function inWeek(event: VEvent) {
  return expandRecurringEvent(event, { from: week.from, to: week.to }).filter(
    (i) => i.start.getTime() < week.to.getTime(),
  );
}

beforeAll(() => {
  calendar = ical.parseFile(sampleCalendarPath);
  events = Object.values(calendar).filter((c): c is VEvent => c?.type === 'VEVENT');
});

describe('sample calendar', () => {
  it('is RFC 5545 text with VTIMEZONE blocks for London and Paris', () => {
    const text = readFileSync(sampleCalendarPath, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const zones = Object.values(calendar)
      .filter((c) => c?.type === 'VTIMEZONE')
      .map((c) => (c as { tzid: string }).tzid);
    expect(zones).toEqual(['Europe/London', 'Europe/Paris']);
    expect(calendar.vcalendar?.['WR-TIMEZONE']).toBe('Europe/London');
  });

  it('repeats the stand-up daily on weekdays, with Friday taken out by EXDATE', () => {
    const standUp = bySummary('Studio stand-up');
    expect(standUp.rrule?.toString()).toContain('FREQ=DAILY');
    expect(Object.keys(standUp.exdate ?? {})).toContain('2026-01-16');
    const starts = inWeek(standUp).map((i) => i.start.toISOString());
    expect(starts).toEqual([
      '2026-01-12T09:15:00.000Z',
      '2026-01-13T09:15:00.000Z',
      '2026-01-14T09:15:00.000Z',
      '2026-01-15T09:15:00.000Z',
    ]);
    const withExdate = expandRecurringEvent(standUp, { from: week.from, to: week.to, excludeExdates: false });
    expect(withExdate.map((i) => i.start.toISOString())).toContain('2026-01-16T09:15:00.000Z');
  });

  it('keeps a weekly series started in summer time at 10:00 local in January', () => {
    const planning = bySummary('Weekly planning');
    expect(planning.rrule?.toString()).toContain('FREQ=WEEKLY');
    expect(planning.start.toISOString()).toBe('2025-09-08T09:00:00.000Z');
    expect(inWeek(planning).map((i) => i.start.toISOString())).toEqual(['2026-01-12T10:00:00.000Z']);
  });

  it('has the every-other-Wednesday 1:1 and the Thursday run on this week', () => {
    expect(inWeek(bySummary('1:1 Sam / Priya')).map((i) => i.start.toISOString())).toEqual([
      '2026-01-14T11:00:00.000Z',
    ]);
    const run = bySummary('Team run in the park');
    expect(run.location).toMatch(/Victoria Park/);
    expect(inWeek(run).map((i) => i.start.toISOString())).toEqual(['2026-01-15T12:30:00.000Z']);
  });

  it('has all-day events, including a yearly birthday that falls on Sunday', () => {
    const leave = bySummary('Priya on leave');
    expect(leave.datetype).toBe('date');
    const leaveInstances = inWeek(leave);
    expect(leaveInstances.length).toBe(1);
    expect(leaveInstances[0]?.isFullDay).toBe(true);
    const birthday = inWeek(bySummary("Dad's birthday"));
    expect(birthday.length).toBe(1);
    expect(birthday[0]?.isFullDay).toBe(true);
    expect(birthday[0]?.start.getDate()).toBe(18);
  });

  it('has a train that leaves on London time and arrives on Paris time, and a site visit', () => {
    const train = bySummary('Train to Lyon');
    expect(train.start.tz).toBe('Europe/London');
    expect(train.end?.tz).toBe('Europe/Paris');
    expect(train.start.toISOString()).toBe('2026-01-16T07:01:00.000Z');
    expect(train.end?.toISOString()).toBe('2026-01-16T12:56:00.000Z');
    const visit = bySummary('Site visit: press check at Imprimerie Berthollet');
    expect(visit.start.toISOString()).toBe('2026-01-16T14:00:00.000Z');
    expect(visit.location).toMatch(/Lyon/);
  });

  it('puts every event on the sample week, Monday to Sunday', () => {
    const byDay = new Map<number, number>();
    for (const event of events) {
      const instances = inWeek(event);
      expect(instances.length, String(event.summary)).toBeGreaterThan(0);
      for (const i of instances) {
        const day = Math.floor((i.start.getTime() - week.from.getTime()) / 86_400_000);
        byDay.set(day, (byDay.get(day) ?? 0) + 1);
      }
    }
    expect([...byDay.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('goes through the real ICS importer without problems', () => {
    const parsed = parseIcs(readFileSync(sampleCalendarPath, 'utf8'), {
      ...week,
      defaultTimezone: 'Europe/London',
    });
    expect(parsed.problems).toEqual([]);
    const expected = events.reduce((n, e) => n + inWeek(e).length, 0);
    expect(parsed.events.length).toBe(expected);
    const orbit = parsed.events.find((e) => e.subject === 'Portfolio review with Orbit Labs');
    expect(orbit?.startAt?.toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });
});
