/**
 * Moves the dates written inside an iCalendar text (a mail's invitation or
 * cancellation) by the same amount as the item that carries it, so a sample
 * invitation moved to the user's week still describes the same meeting.
 *
 * Each value keeps its form: UTC stays UTC, a TZID time stays in its zone
 * (the instant moves by `shiftMs`, so it agrees with a shifted startAt even
 * across a DST change), floating times and VALUE=DATE dates move by whole
 * days and keep their wall-clock time. Only the digits of the values change:
 * every other byte, including line folding, stays as it was. Definitions
 * inside VTIMEZONE are rules, not dates, and are left alone.
 */
import {
  isValidTimeZone,
  type LocalParts,
  localPartsOf,
  wallTimeToInstant,
} from '../../domain/time/local-time.js';

const DAY_MS = 86_400_000;

/** Properties whose value is one or more DATE / DATE-TIME / PERIOD values. */
const dateProperties = new Set([
  'DTSTART',
  'DTEND',
  'DUE',
  'RECURRENCE-ID',
  'EXDATE',
  'RDATE',
  'DTSTAMP',
  'CREATED',
  'LAST-MODIFIED',
  'COMPLETED',
  'ACKNOWLEDGED',
]);
/** Their UNTIL is a date too: left behind, a moved series would end early or run on. */
const ruleProperties = new Set(['RRULE', 'EXRULE']);

const stampPattern = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

interface Shift {
  ms: number;
  days: number;
  /** IANA zone of the value, or undefined for UTC, floating and unknown TZIDs. */
  zone: string | undefined;
  hasTzid: boolean;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}

function formatTime(d: Date): string {
  return `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`;
}

/** One DATE or DATE-TIME value; anything it does not recognise comes back unchanged. */
function shiftStamp(value: string, shift: Shift): string {
  const m = stampPattern.exec(value);
  if (!m) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) {
    return formatDate(new Date(Date.UTC(year, month - 1, day + shift.days)));
  }
  const wall: LocalParts = {
    year,
    month,
    day,
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6]),
  };
  const wallAsUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second);
  if (m[7] === 'Z') {
    const moved = new Date(wallAsUtc + shift.ms);
    return `${formatDate(moved)}T${formatTime(moved)}Z`;
  }
  if (shift.zone) {
    // To the second, as the ICS parser reads these values (see OffsetPrecision).
    const instant = wallTimeToInstant(wall, shift.zone, 'second').getTime() + shift.ms;
    const w = localPartsOf(new Date(instant), shift.zone);
    const asUtc = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
    return `${formatDate(asUtc)}T${formatTime(asUtc)}`;
  }
  // A TZID we cannot resolve: assume its offset is the same on both dates. Floating: keep the clock time.
  const moved = new Date(shift.hasTzid ? wallAsUtc + shift.ms : wallAsUtc + shift.days * DAY_MS);
  return `${formatDate(moved)}T${formatTime(moved)}`;
}

/** A comma-separated list of values, PERIODs ("start/end" or "start/duration") included. */
function shiftValueList(value: string, shift: Shift): string {
  return value
    .split(',')
    .map((item) =>
      item
        .split('/')
        .map((part, i) => (i > 0 && /^[+-]?P/i.test(part) ? part : shiftStamp(part, shift)))
        .join('/'),
    )
    .join(',');
}

interface ContentLine {
  name: string;
  params: Map<string, string>;
  /** Index in the logical line where the value starts. */
  valueStart: number;
}

/** Splits "NAME;P=1;Q="a:b":value" at the first colon outside quotes. */
function parseContentLine(line: string): ContentLine | undefined {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0];
  if (!name) return undefined;
  const params = new Map<string, string>();
  let quoted = false;
  let segmentStart = name.length;
  for (let i = name.length; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ':')) {
      if (i > segmentStart) {
        const param = line.slice(segmentStart + 1, i);
        const eq = param.indexOf('=');
        if (eq > 0)
          params.set(param.slice(0, eq).toUpperCase(), param.slice(eq + 1).replace(/^"(.*)"$/, '$1'));
      }
      if (c === ':') return { name: name.toUpperCase(), params, valueStart: i + 1 };
      segmentStart = i;
    }
  }
  return undefined;
}

function shiftFor(params: Map<string, string>, shiftMs: number, days: number): Shift {
  const tzid = params.get('TZID')?.trim();
  // Some producers prefix the IANA name ("/mozilla.org/20050126_1/Europe/London", "/Europe/London").
  const candidates = tzid ? [tzid, tzid.replace(/^\/(?:[^/]*\.[^/]*\/[^/]*\/)?/, '')] : [];
  const zone = candidates.find((c) => c !== '' && isValidTimeZone(c));
  return { ms: shiftMs, days, zone, hasTzid: tzid !== undefined };
}

function shiftedValue(line: ContentLine, value: string, shiftMs: number, days: number): string {
  const shift = shiftFor(line.params, shiftMs, days);
  if (ruleProperties.has(line.name)) {
    return value.replace(/(^|;)(UNTIL=)([0-9TZ]+)/i, (_all, lead: string, key: string, stamp: string) => {
      // UNTIL carries no TZID of its own: a local UNTIL is read as floating.
      return `${lead}${key}${shiftStamp(stamp, { ...shift, zone: undefined, hasTzid: false })}`;
    });
  }
  if (line.name === 'TRIGGER') {
    return line.params.get('VALUE')?.toUpperCase() === 'DATE-TIME' ? shiftStamp(value, shift) : value;
  }
  return shiftValueList(value, shift);
}

/** Physical lines with their terminators: "\r\n", "\n", "\r" or "" at the end. */
function physicalLines(text: string): Array<{ body: string; eol: string }> {
  const out: Array<{ body: string; eol: string }> = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ body: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ body: text.slice(start), eol: '' });
  return out;
}

/**
 * `text` with every date value of its components moved: instants by `shiftMs`,
 * dates and floating times by `wholeDays` (by default `shiftMs` rounded to
 * days; pass the real number of calendar days when the shift also carries a
 * zone offset of 12 hours or more).
 */
export function shiftIcsDates(
  text: string,
  shiftMs: number,
  wholeDays = Math.round(shiftMs / DAY_MS),
): string {
  if (shiftMs === 0 && wholeDays === 0) return text;
  const lines = physicalLines(text);
  const out: string[] = [];
  const stack: string[] = [];
  let i = 0;
  while (i < lines.length) {
    // A logical line: its first physical line plus the continuations (a leading space or tab).
    const group = [lines[i] ?? { body: '', eol: '' }];
    i += 1;
    while (i < lines.length && /^[ \t]/.test(lines[i]?.body ?? '')) {
      group.push(lines[i] ?? { body: '', eol: '' });
      i += 1;
    }
    const pieces = group.map((g, k) => (k === 0 ? g.body : g.body.slice(1)));
    const logical = pieces.join('');
    const upper = logical.toUpperCase();
    if (upper.startsWith('BEGIN:')) stack.push(upper.slice(6).trim());
    else if (upper.startsWith('END:')) stack.pop();

    let replaced = logical;
    const parsed = stack.includes('VTIMEZONE') ? undefined : parseContentLine(logical);
    if (
      parsed &&
      (dateProperties.has(parsed.name) || ruleProperties.has(parsed.name) || parsed.name === 'TRIGGER')
    ) {
      const value = logical.slice(parsed.valueStart);
      const moved = shiftedValue(parsed, value, shiftMs, wholeDays);
      // Same length keeps the folding where it was; a 5-digit year is not worth refolding for.
      if (moved.length === value.length) replaced = logical.slice(0, parsed.valueStart) + moved;
    }

    let offset = 0;
    group.forEach((g, k) => {
      const piece = pieces[k] ?? '';
      const lead = k === 0 ? '' : g.body.slice(0, 1);
      out.push(lead + replaced.slice(offset, offset + piece.length) + g.eol);
      offset += piece.length;
    });
  }
  return out.join('');
}
