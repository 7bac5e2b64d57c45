/**
 * ical.js's RRULE vectors, each turned into a one-event calendar and run
 * through parseIcs: the instances must be exactly the expected dates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localMidnight, localPartsOf, wallTimeToInstant } from '../../domain/time/local-time.js';
import { projectRoot } from '../../paths.js';
import { parseIcsStamp } from './ics-dates.js';
import { parseIcs } from './parse-ics.js';

interface Vector {
  rule: string;
  dtStart?: string;
  dates?: string[];
  byCount?: boolean;
  until?: boolean;
  noInstance?: boolean;
}

const file = join(projectRoot, '../shared/fixtures/ics/rrule_vectors.json');
const vectors: Vector[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];

/** Index in rrule_vectors.json -> why node-ical (rrule-temporal 1.5) gives something else. */
const knownFailures: Record<number, string> = {
  27: 'FREQ=MONTHLY from the 31st: rrule-temporal clamps to the 28th instead of skipping short months (RFC 5545 3.3.10)',
  49: 'never-matching rule: rrule-temporal throws "Maximum iterations" (we report a problem and produce no instances)',
  58: 'YEARLY;BYMONTHDAY=-1: rrule-temporal expands to every month (dateutil reading), ical.js keeps the DTSTART month',
  63: 'YEARLY;BYDAY=+1MO;BYMONTHDAY=7: rrule-temporal ignores BYMONTHDAY next to an ordinal BYDAY',
  64: 'YEARLY;BYMONTHDAY=15..21;BYDAY=1MO: rrule-temporal ignores BYMONTHDAY next to an ordinal BYDAY',
  95: 'BYSETPOS with a DTSTART outside the set: ical.js counts DTSTART as the first instance, rrule-temporal does not',
  96: 'BYSETPOS with a DTSTART outside the set: ical.js counts DTSTART as the first instance, rrule-temporal does not',
  99: 'never-matching BYSETPOS: rrule-temporal throws "Maximum iterations" (we report a problem, no instances)',
  100: 'never-matching BYSETPOS: rrule-temporal throws "Maximum iterations" (we report a problem, no instances)',
  114: 'YEARLY;BYYEARDAY with BYDAY: rrule-temporal ignores the BYDAY filter',
};

type Kind = 'date' | 'utc' | 'floating';
const kindOf = (stamp: string): Kind =>
  stamp.length === 10 ? 'date' : stamp.endsWith('Z') ? 'utc' : 'floating';
const compact = (stamp: string) => stamp.replace(/[-:]/g, '');

function instantOf(stamp: string, zone: string): Date {
  const parsed = parseIcsStamp(compact(stamp))!;
  if (parsed.dateOnly) return localMidnight(parsed.wall, zone, 'second');
  return wallTimeToInstant(parsed.wall, parsed.utc ? 'UTC' : zone, 'second');
}

function render(date: Date, kind: Kind, zone: string): string {
  if (kind === 'utc') return `${date.toISOString().slice(0, 19)}Z`;
  const w = localPartsOf(date, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${w.year}-${p(w.month)}-${p(w.day)}`;
  return kind === 'date' ? day : `${day}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}`;
}

function expand(vector: Vector, index: number, zone: string) {
  const start = vector.dtStart ?? vector.dates?.[0] ?? '';
  const kind = kindOf(start);
  const dtstart = kind === 'date' ? `DTSTART;VALUE=DATE:${compact(start)}` : `DTSTART:${compact(start)}`;
  const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `UID:vector-${index}`, dtstart, `RRULE:${vector.rule}`]
    .concat(['END:VEVENT', 'END:VCALENDAR'])
    .join('\r\n');
  const from = instantOf(start, zone);
  const last = vector.dates?.at(-1);
  // Open-ended rules: the window ends just after the last expected date; finite ones get 30 years.
  const to =
    last && !vector.byCount && !vector.until && !vector.noInstance
      ? new Date(instantOf(last, zone).getTime() + 1)
      : new Date(from.getTime() + 30 * 365 * 86_400_000);
  const parsed = parseIcs(ics, { from, to, defaultTimezone: zone });
  return {
    got: parsed.events.map((e) => render(e.startAt!, kind, zone)),
    allDay: parsed.events.map((e) => e.allDay),
    problems: parsed.problems,
    expected: vector.noInstance ? [] : (vector.dates ?? []),
    kind,
  };
}

describe.skipIf(vectors.length === 0)('RRULE vectors from ical.js through parseIcs', () => {
  for (const zone of ['UTC', 'Europe/Berlin']) {
    it(`expands every supported vector exactly (floating times in ${zone})`, () => {
      let passed = 0;
      vectors.forEach((vector, index) => {
        const { got, allDay, problems, expected, kind } = expand(vector, index, zone);
        const ok = problems.length === 0 && JSON.stringify(got) === JSON.stringify(expected);
        if (index in knownFailures) {
          // Still failing; when a node-ical upgrade fixes one, move it out of the list.
          expect(ok, `vector ${index} ${vector.rule} now passes`).toBe(false);
          return;
        }
        expect({ index, rule: vector.rule, got, problems }).toEqual({
          index,
          rule: vector.rule,
          got: expected,
          problems: [],
        });
        expect(allDay.every((a) => a === (kind === 'date'))).toBe(true);
        passed++;
      });
      expect(passed).toBe(vectors.length - Object.keys(knownFailures).length);
      expect(passed).toBe(105);
    });
  }
});

if (vectors.length === 0) {
  it.skip(`RRULE vectors: ${file} not found`, () => {});
}
