/**
 * node-ical reads a floating DATE-TIME (no TZID, no Z) in the host's time zone,
 * or in whichever VTIMEZONE happens to come first. We want the user's zone, so
 * before parsing, floating event times get an explicit TZID. Times inside
 * VTIMEZONE definitions are floating by design and stay untouched.
 */

const pinnable = new Set(['DTSTART', 'DTEND', 'RDATE', 'EXDATE', 'RECURRENCE-ID']);
const propertyLine = /^([A-Za-z-]+)((?:;[^:]*)?):(\d{8}T\d{6}(?:,\d{8}T\d{6})*)$/;
const dateOnlyParam = /VALUE=DATE(?!-)/i;

/** Unfolds continuation lines (RFC 5545 3.1) so each property is on one line. */
export function unfoldIcs(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

export function pinFloatingTimes(unfolded: string, timeZone: string): string {
  const stack: string[] = [];
  const lines = unfolded.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const upper = line.toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      stack.push(upper.slice(6).trim());
      continue;
    }
    if (upper.startsWith('END:')) {
      stack.pop();
      continue;
    }
    if (stack.at(-1) !== 'VEVENT' || upper.includes('TZID=')) continue;
    const m = propertyLine.exec(line);
    if (!m || !pinnable.has((m[1] ?? '').toUpperCase()) || dateOnlyParam.test(m[2] ?? '')) continue;
    lines[i] = `${m[1]}${m[2]};TZID=${timeZone}:${m[3]}`;
  }
  return lines.join('\r\n');
}
