import { describe, expect, it } from 'vitest';
import { makeEventItem } from '../../../test/helpers/agent-items.js';
import { describeConflicts, findConflicts } from './find-conflicts.js';

const at = (iso: string) => new Date(iso);

describe('findConflicts', () => {
  const query = {
    start: at('2026-03-10T09:00:00Z'),
    end: at('2026-03-10T10:00:00Z'),
    timeZone: 'Europe/Paris',
  };

  it('lists events overlapping the interval, earliest first, in the zone asked for', () => {
    const calendar = [
      makeEventItem({
        subject: 'Review',
        startAt: at('2026-03-10T09:30:00Z'),
        endAt: at('2026-03-10T11:00:00Z'),
      }),
      makeEventItem({
        subject: 'Breakfast',
        startAt: at('2026-03-10T08:00:00Z'),
        endAt: at('2026-03-10T09:15:00Z'),
      }),
      // Touching is not overlapping.
      makeEventItem({
        subject: 'Before',
        startAt: at('2026-03-10T08:00:00Z'),
        endAt: at('2026-03-10T09:00:00Z'),
      }),
      makeEventItem({
        subject: 'After',
        startAt: at('2026-03-10T10:00:00Z'),
        endAt: at('2026-03-10T10:30:00Z'),
      }),
    ];
    expect(findConflicts(query, calendar)).toEqual([
      { title: 'Breakfast', start: '2026-03-10T09:00:00+01:00', end: '2026-03-10T10:15:00+01:00' },
      { title: 'Review', start: '2026-03-10T10:30:00+01:00', end: '2026-03-10T12:00:00+01:00' },
    ]);
  });

  it('counts an all-day event only when it is marked busy, and never the event itself', () => {
    const day = { allDay: true, startAt: at('2026-03-10T00:00:00Z'), endAt: at('2026-03-11T00:00:00Z') };
    const calendar = [
      makeEventItem({ subject: 'Bank holiday', ...day }),
      makeEventItem({ subject: 'Conference', ...day, data: { transparency: 'opaque' } }),
      makeEventItem({
        subject: 'The event being moved',
        externalId: 'evt-1',
        startAt: at('2026-03-10T09:00:00Z'),
        endAt: at('2026-03-10T10:00:00Z'),
      }),
    ];
    expect(findConflicts({ ...query, eventId: 'evt-1' }, calendar).map((c) => c.title)).toEqual([
      'Conference',
    ]);
  });

  it('describes the first conflict and counts the rest', () => {
    const conflicts = [
      { title: 'Team stand-up', start: '2026-03-10T10:00:00+01:00', end: '2026-03-10T10:15:00+01:00' },
      { title: 'Review', start: '2026-03-10T10:30:00+01:00', end: '2026-03-10T12:00:00+01:00' },
    ];
    expect(describeConflicts(conflicts, 'Europe/Paris', at('2026-03-10T09:00:00Z'))).toBe(
      'conflicts with Team stand-up 10:00-10:15 and 1 more',
    );
    expect(describeConflicts([], 'Europe/Paris')).toBe('');
  });
});
