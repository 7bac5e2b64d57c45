/** Times as people read them, in their own zone: "Thu 26 Nov, 15:00". */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, kind: 'datetime' | 'time' | 'date'): Intl.DateTimeFormat {
  const key = `${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : kind === 'date'
          ? { weekday: 'short', day: 'numeric', month: 'short' }
          : {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            };
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

export function formatDateTime(instant: Date | string, timeZone: string): string {
  return formatter(timeZone, 'datetime').format(new Date(instant));
}

export function formatTime(instant: Date | string, timeZone: string): string {
  return formatter(timeZone, 'time').format(new Date(instant));
}

export function formatDate(instant: Date | string, timeZone: string): string {
  return formatter(timeZone, 'date').format(new Date(instant));
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
