/** Interval arithmetic on epoch milliseconds: what is left of a window once busy spans are taken out. */

export interface Interval {
  start: number;
  end: number;
}

/** The parts of `window` not covered by `busy`, each at least `minMs` long, in time order. */
export function freeSlots(window: Interval, busy: Interval[], minMs: number): Interval[] {
  const sorted = busy
    .filter((b) => b.end > window.start && b.start < window.end)
    .sort((a, b) => a.start - b.start);
  const free: Interval[] = [];
  let cursor = window.start;
  for (const span of sorted) {
    if (span.start > cursor) free.push({ start: cursor, end: Math.min(span.start, window.end) });
    cursor = Math.max(cursor, span.end);
    if (cursor >= window.end) break;
  }
  if (cursor < window.end) free.push({ start: cursor, end: window.end });
  return free.filter((slot) => slot.end - slot.start >= minMs);
}

export function ceilTo(ms: number, stepMs: number): number {
  return Math.ceil(ms / stepMs) * stepMs;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}
