/**
 * The Date header as an instant, or undefined when it is missing or unreadable.
 * mailparser substitutes "now" for a bad date; we want to know it was bad.
 */
export function parseMailDate(raw: string | undefined): Date | undefined {
  if (!raw) return undefined;
  // "(CET)"-style comments and a trailing "UT"/"GMT" zone name confuse Date.parse in some engines.
  const cleaned = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const date = new Date(cleaned);
  const time = date.getTime();
  // Before 1971 is a broken clock or a zero timestamp, not a real mail date.
  if (Number.isNaN(time) || time < Date.UTC(1971, 0, 1)) return undefined;
  return date;
}
