/**
 * Instants as people read them, on their own wall clock, in British English
 * ("Fri 6 Mar, 17:00"): what cards, reason lines, prompts and drafts print.
 * Building an Intl.DateTimeFormat costs far more than using one, so there is
 * one per zone and option set. Machine-readable forms (YYYY-MM-DD, HH:MM, ISO
 * with offset) are in local-time.ts.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached en-GB formatter for `options` in `timeZone` (a timeZone inside `options` is overridden). */
export function localFormatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const shortDate: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const shortDateTime: Intl.DateTimeFormatOptions = {
  ...shortDate,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** "Fri 6 Mar, 17:00" in `timeZone`. */
export function formatShortDateTime(instant: Date, timeZone: string): string {
  return localFormatter(timeZone, shortDateTime).format(instant);
}

/** "Fri 6 Mar" in `timeZone` (some ICU versions write "Fri, 6 Mar"). */
export function formatShortDate(instant: Date, timeZone: string): string {
  return localFormatter(timeZone, shortDate).format(instant);
}
