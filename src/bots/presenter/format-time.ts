/** Times as people read them, in their own zone: "Thu 26 Nov, 15:00". */
import { formatShortDate, formatShortDateTime, localFormatter } from '../../domain/time/format-local.js';

const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

export function formatDateTime(instant: Date | string, timeZone: string): string {
  return formatShortDateTime(new Date(instant), timeZone);
}

export function formatTime(instant: Date | string, timeZone: string): string {
  return localFormatter(timeZone, clock).format(new Date(instant));
}

export function formatDate(instant: Date | string, timeZone: string): string {
  return formatShortDate(new Date(instant), timeZone);
}

export function formatRange(start: Date | string, end: Date | string, timeZone: string): string {
  const sameDay = formatDate(start, timeZone) === formatDate(end, timeZone);
  return sameDay
    ? `${formatDateTime(start, timeZone)}-${formatTime(end, timeZone)}`
    : `${formatDateTime(start, timeZone)} - ${formatDateTime(end, timeZone)}`;
}

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
