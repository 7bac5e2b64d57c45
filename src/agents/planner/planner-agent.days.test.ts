import { describe, expect, it } from 'vitest';
import { bst, plan, task, tz } from '../../../test/fixtures/planner/plan-kit.js';
import { makeEventItem } from '../../../test/helpers/agent-items.js';

describe('PlannerAgent days and zones', () => {
  it('plans only events on a weekend and says so', async () => {
    const saturday = new Date('2026-06-13T07:00:00Z');
    const picnic = makeEventItem({
      subject: 'Picnic',
      startAt: bst(12, 0, '2026-06-13'),
      endAt: bst(14, 0, '2026-06-13'),
    });
    const { result } = await plan([task({ subject: 'Report' }, { importance: 5 })], {
      now: saturday,
      calendar: [picnic],
    });
    expect(result.output.notice).toBe('Saturday is not a working day');
    expect(result.output.blocks.map((b) => b.title)).toEqual(['Picnic']);
    expect(result.output.mustDo).toEqual([]);
    expect(result.output.leftOver).toEqual([
      expect.objectContaining({ title: 'Review: Report', reason: 'Saturday is not a working day' }),
    ]);
    expect(result.proposals).toEqual([]);
    expect(result.notes).toContain('Saturday is not a working day: no tasks planned');
  });

  it('treats an all-day out-of-office event as a day off', async () => {
    const leave = makeEventItem({
      subject: 'Annual leave',
      allDay: true,
      startAt: new Date('2026-06-09T23:00:00Z'),
      endAt: new Date('2026-06-10T23:00:00Z'),
    });
    const yesterdayLeave = makeEventItem({
      subject: 'Out of office',
      allDay: true,
      startAt: new Date('2026-06-09T00:00:00Z'),
      endAt: new Date('2026-06-10T00:00:00Z'),
    });
    const { result } = await plan([task({ subject: 'Report' }, {})], { calendar: [leave] });
    expect(result.output.notice).toBe('Day off (Annual leave)');
    expect(result.output.blocks).toEqual([
      expect.objectContaining({
        title: 'Annual leave',
        start: '2026-06-10T00:00:00+01:00',
        end: '2026-06-11T00:00:00+01:00',
      }),
    ]);
    const other = await plan([task({ subject: 'Report' }, {})], { calendar: [yesterdayLeave] });
    expect(other.result.output.notice).toBeUndefined();
    expect(other.result.output.blocks.map((b) => b.title)).toEqual(['Review: Report']);
  });

  it('uses BST offsets on the spring-forward Sunday (last Sunday of March)', async () => {
    const now = new Date('2026-03-29T06:00:00Z'); // 07:00 BST
    const user = { workdays: [1, 2, 3, 4, 5, 6, 7] };
    const { result } = await plan([task({ subject: 'A' }, {})], { now, user });
    expect(result.output.date).toBe('2026-03-29');
    expect(result.output.blocks[0]).toMatchObject({
      start: '2026-03-29T09:00:00+01:00',
      end: '2026-03-29T09:30:00+01:00',
    });
    const payload = result.proposals[0]!.payload as { start: string; timezone: string };
    expect(Date.parse(payload.start)).toBe(Date.parse('2026-03-29T08:00:00Z'));
    expect(payload.timezone).toBe(tz);
  });

  it('counts real hours across the skipped hour', async () => {
    // Working 00:30-04:00 local on the day clocks go forward is 2.5 real hours.
    const now = new Date('2026-03-29T00:00:00Z');
    const user = { workdays: [7], workdayStart: '00:30', workdayEnd: '04:00' };
    const tasks = [1, 2, 3].map((i) =>
      task({ subject: `Big ${i}`, receivedAt: new Date(Date.UTC(2026, 2, i)) }, { actionType: 'none' }),
    );
    const { result } = await plan(tasks, { now, user });
    expect(result.output.blocks.map((b) => [b.start, b.end])).toEqual([
      ['2026-03-29T00:30:00+00:00', '2026-03-29T02:30:00+01:00'],
      ['2026-03-29T02:30:00+01:00', '2026-03-29T03:30:00+01:00'],
    ]);
    expect(result.output.leftOver.map((l) => l.title)).toEqual(['Big 3']);
  });

  it('uses GMT offsets on the fall-back Sunday (last Sunday of October)', async () => {
    const now = new Date('2026-10-25T07:00:00Z'); // 07:00 GMT
    const user = { workdays: [7] };
    const event = makeEventItem({
      subject: 'Call',
      startAt: new Date('2026-10-25T09:00:00Z'),
      endAt: new Date('2026-10-25T10:00:00Z'),
    });
    const { result } = await plan([task({ subject: 'A' }, {})], { now, user, calendar: [event] });
    expect(result.output.blocks.map((b) => [b.title, b.start])).toEqual([
      ['Call', '2026-10-25T09:00:00+00:00'],
      ['Review: A', '2026-10-25T10:10:00+00:00'],
    ]);
  });

  it('plans in the user zone, not UTC', async () => {
    const now = new Date('2026-06-10T12:00:00Z'); // 08:00 in New York
    const user = { timezone: 'America/New_York' };
    const { result } = await plan([task({ subject: 'A' }, {})], { now, user });
    expect(result.output.blocks[0]).toMatchObject({ start: '2026-06-10T09:00:00-04:00' });
  });
});
