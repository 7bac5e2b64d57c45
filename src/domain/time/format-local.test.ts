import { describe, expect, it } from 'vitest';
import { formatShortDate, formatShortDateTime, localFormatter } from './format-local.js';

describe('format local', () => {
  // Moved from src/agents/triage/zoned-time.test.ts.
  it('formats a short local date', () => {
    expect(formatShortDateTime(new Date('2026-03-06T22:00:00Z'), 'America/New_York')).toBe(
      'Fri 6 Mar, 17:00',
    );
  });

  it('formats the day in the zone, not in UTC', () => {
    const lateEvening = new Date('2026-03-07T02:30:00Z');
    expect(formatShortDate(lateEvening, 'America/New_York').replace(',', '')).toBe('Fri 6 Mar');
    expect(formatShortDate(lateEvening, 'Europe/London').replace(',', '')).toBe('Sat 7 Mar');
  });

  it('keeps one formatter per zone and option set', () => {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const london = localFormatter('Europe/London', options);
    expect(localFormatter('Europe/London', { ...options })).toBe(london);
    expect(localFormatter('Asia/Tokyo', options)).not.toBe(london);
    expect(localFormatter('Europe/London', { ...options, minute: 'numeric' })).not.toBe(london);
    expect(london.resolvedOptions().locale).toBe('en-GB');
    expect(london.format(new Date('2026-07-01T08:05:00Z'))).toBe('09:05');
  });

  it('uses its own time zone argument over one in the options', () => {
    const formatter = localFormatter('Asia/Tokyo', { hour: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    expect(formatter.format(new Date('2026-07-01T00:00:00Z'))).toBe('09');
  });

  it('throws on an unknown zone', () => {
    expect(() => formatShortDateTime(new Date('2026-03-06T22:00:00Z'), 'Mars/Olympus_Mons')).toThrow(
      RangeError,
    );
  });
});
