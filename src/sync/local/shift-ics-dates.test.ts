import { sync as ical, type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { shiftIcsDates } from './shift-ics-dates.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const londonZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function calendar(eventLines: string[], eol = '\r\n'): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'METHOD:REQUEST',
    ...londonZone,
    'BEGIN:VEVENT',
    'UID:shift-test@example.org',
    ...eventLines,
    'SUMMARY:Workshop on 20260115T130000Z notes',
    'DESCRIPTION:DTSTART:20260115T130000Z is text here\\, not a property',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join(eol);
}

function eventOf(text: string): VEvent {
  const event = Object.values(ical.parseICS(text)).find((c): c is VEvent => c?.type === 'VEVENT');
  if (!event) throw new Error('no VEVENT');
  return event;
}

/** The lines that differ between two texts of the same line count. */
function changedLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : ([[line, b[i] ?? '']] as Array<[string, string]>)));
}

describe('shiftIcsDates', () => {
  it('moves a UTC value by the exact amount and keeps the Z', () => {
    const text = calendar(['DTSTART:20260115T130000Z', 'DTEND:20260115T140000Z', 'DTSTAMP:20260112T153219Z']);
    const moved = shiftIcsDates(text, 2 * DAY + 3 * HOUR + 30 * 60_000);
    expect(changedLines(text, moved)).toEqual([
      ['DTSTART:20260115T130000Z\r', 'DTSTART:20260117T163000Z\r'],
      ['DTEND:20260115T140000Z\r', 'DTEND:20260117T173000Z\r'],
      ['DTSTAMP:20260112T153219Z\r', 'DTSTAMP:20260114T190219Z\r'],
    ]);
  });

  it('keeps a TZID value in its zone and moves its instant by the shift, across a DST change', () => {
    const text = calendar([
      'DTSTART;TZID=Europe/London:20260115T130000',
      'DTEND;TZID="Europe/London":20260115T140000',
    ]);
    // 15 January (GMT) to 15 July (BST): 181 days. The instant moves by exactly that, so 13:00 GMT
    // becomes 14:00 BST; the sample's own shift subtracts the hour and lands on 13:00 BST.
    const exact = shiftIcsDates(text, 181 * DAY);
    expect(exact).toContain('DTSTART;TZID=Europe/London:20260715T140000\r\n');
    expect(exact).toContain('DTEND;TZID="Europe/London":20260715T150000\r\n');
    const before = eventOf(text);
    const after = eventOf(exact);
    expect(after.start.getTime() - before.start.getTime()).toBe(181 * DAY);
    expect(after.start.tz).toBe('Europe/London');

    const wallClockKept = shiftIcsDates(text, 181 * DAY - HOUR);
    expect(wallClockKept).toContain('DTSTART;TZID=Europe/London:20260715T130000\r\n');
    expect(eventOf(wallClockKept).start.toISOString()).toBe('2026-07-15T12:00:00.000Z');
  });

  it('resolves a Mozilla-style TZID prefix and falls back to a fixed offset for an unknown zone', () => {
    const text = calendar([
      'DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260308T013000',
      'DTEND;TZID=W. Europe Standard Time:20260308T013000',
    ]);
    const moved = shiftIcsDates(text, DAY);
    // New York springs forward on 8 March: 01:30 EST plus 24 hours is 02:30 EDT the next day.
    expect(moved).toContain('DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260309T023000\r\n');
    expect(moved).toContain('DTEND;TZID=W. Europe Standard Time:20260309T013000\r\n');
  });

  it('moves floating times and all-day dates by whole days and keeps their clock time', () => {
    const text = calendar([
      'DTSTART:20260115T130000',
      'DTEND:20260115T143000',
      'RDATE;VALUE=DATE:20260131,20260228',
      'EXDATE;VALUE=DATE:20241231',
    ]);
    // Two days minus an hour of zone difference rounds to two days.
    const moved = shiftIcsDates(text, 2 * DAY - HOUR);
    expect(changedLines(text, moved)).toEqual([
      ['DTSTART:20260115T130000\r', 'DTSTART:20260117T130000\r'],
      ['DTEND:20260115T143000\r', 'DTEND:20260117T143000\r'],
      ['RDATE;VALUE=DATE:20260131,20260228\r', 'RDATE;VALUE=DATE:20260202,20260302\r'],
      ['EXDATE;VALUE=DATE:20241231\r', 'EXDATE;VALUE=DATE:20250102\r'],
    ]);
  });

  it('takes the number of days when given, for shifts that carry a large zone offset', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20260116', 'DTEND;VALUE=DATE:20260117']);
    // London to Kiritimati (UTC+14) on the same evening: the instant moves 10 hours, the date one day.
    const moved = shiftIcsDates(text, 10 * HOUR, 1);
    expect(moved).toContain('DTSTART;VALUE=DATE:20260117\r\n');
    expect(moved).toContain('DTEND;VALUE=DATE:20260118\r\n');
    expect(shiftIcsDates(text, 10 * HOUR)).toBe(text);
  });

  it('moves every value of a comma-separated EXDATE and keeps the series consistent', () => {
    const text = calendar([
      'DTSTART;TZID=Europe/London:20260112T091500',
      'DTEND;TZID=Europe/London:20260112T093000',
      'RRULE:FREQ=DAILY;UNTIL=20260120T235959Z;BYDAY=MO,TU,WE,TH,FR',
      'EXDATE;TZID=Europe/London:20260114T091500,20260116T091500',
    ]);
    const moved = shiftIcsDates(text, 7 * DAY);
    expect(moved).toContain('EXDATE;TZID=Europe/London:20260121T091500,20260123T091500\r\n');
    expect(moved).toContain('RRULE:FREQ=DAILY;UNTIL=20260127T235959Z;BYDAY=MO,TU,WE,TH,FR\r\n');
    // node-ical files each EXDATE under several keys: compare the distinct instants.
    const exdates = new Set(Object.values(eventOf(moved).exdate ?? {}).map((d) => (d as Date).toISOString()));
    expect([...exdates].sort()).toEqual(['2026-01-21T09:15:00.000Z', '2026-01-23T09:15:00.000Z']);
  });

  it('shifts values split over folded lines and keeps the folds where they were', () => {
    const folded = [
      'EXDATE;TZID=Europe/London:20260113T091500,20260114T091500,2026011',
      ' 5T091500,20260116T091500',
      'RECURRENCE-ID;TZID=Europe/Lo',
      '\tndon:20260115T091500',
    ];
    const text = calendar(['DTSTART;TZID=Europe/London:20260112T091500', ...folded]);
    const moved = shiftIcsDates(text, 3 * DAY);
    expect(changedLines(text, moved)).toEqual([
      ['DTSTART;TZID=Europe/London:20260112T091500\r', 'DTSTART;TZID=Europe/London:20260115T091500\r'],
      [`${folded[0]}\r`, 'EXDATE;TZID=Europe/London:20260116T091500,20260117T091500,2026011\r'],
      [`${folded[1]}\r`, ' 8T091500,20260119T091500\r'],
      [`${folded[3]}\r`, '\tndon:20260118T091500\r'],
    ]);
  });

  it('leaves VTIMEZONE rules, text properties, unknown values and line ends untouched', () => {
    const text = calendar(
      [
        'DTSTART;TZID=Europe/London:20260115T130000',
        'DUE:not-a-date',
        'RDATE;VALUE=PERIOD:20260120T100000Z/PT1H,20260121T100000Z/20260121T113000Z',
        'BEGIN:VALARM',
        'TRIGGER:-PT30M',
        'END:VALARM',
        'BEGIN:VALARM',
        'TRIGGER;VALUE=DATE-TIME:20260115T120000Z',
        'END:VALARM',
      ],
      '\n',
    );
    const moved = shiftIcsDates(text, DAY);
    expect(changedLines(text, moved)).toEqual([
      ['DTSTART;TZID=Europe/London:20260115T130000', 'DTSTART;TZID=Europe/London:20260116T130000'],
      [
        'RDATE;VALUE=PERIOD:20260120T100000Z/PT1H,20260121T100000Z/20260121T113000Z',
        'RDATE;VALUE=PERIOD:20260121T100000Z/PT1H,20260122T100000Z/20260122T113000Z',
      ],
      ['TRIGGER;VALUE=DATE-TIME:20260115T120000Z', 'TRIGGER;VALUE=DATE-TIME:20260116T120000Z'],
    ]);
    expect(moved).not.toContain('\r');
    expect(shiftIcsDates(text, 0)).toBe(text);
  });

  it('moves backwards as well as forwards, across month and year ends', () => {
    const text = calendar(['DTSTART:20260101T003000Z', 'DTEND;VALUE=DATE:20240301']);
    const moved = shiftIcsDates(text, -DAY - HOUR);
    expect(moved).toContain('DTSTART:20251230T233000Z\r\n');
    expect(moved).toContain('DTEND;VALUE=DATE:20240229\r\n');
  });
});
