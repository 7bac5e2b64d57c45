/**
 * The mbox "From_" separator line: `From sender@example.com Mon Mar  4 07:00:00 2024`
 * (asctime date, sometimes with a zone: `Thu Feb 01 10:00:00 +0000 2024`).
 */

const months: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const asctime =
  /\b([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-]\d{4}|[A-Za-z]{1,5})\s+)?(\d{4})\b/;

/** The date on a From_ line, read as UTC unless the line gives an offset. */
export function fromLineDate(line: string): Date | undefined {
  const m = asctime.exec(line);
  if (!m) return undefined;
  const month = months[(m[1] ?? '').toLowerCase()];
  if (month === undefined) return undefined;
  const utc = Date.UTC(Number(m[7]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0));
  const zone = m[6] ?? '';
  const offset = /^[+-]\d{4}$/.test(zone)
    ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
    : 0;
  const date = new Date(utc - offset * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Whether a line starting with "From " separates messages. Writers escape
 * "From " in bodies, but not all do: we also want a blank line before it or a
 * date on it, so "From the desk of..." mid-paragraph stays in its message.
 */
export function isSeparator(line: string, afterBlankLine: boolean): boolean {
  return line.startsWith('From ') && (afterBlankLine || asctime.test(line));
}
