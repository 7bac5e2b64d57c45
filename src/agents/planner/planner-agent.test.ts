import { describe, expect, it } from 'vitest';
import {
  bst,
  expectSaneBlocks,
  morning,
  plan,
  reply,
  task,
} from '../../../test/fixtures/planner/plan-kit.js';
import { makeEventItem } from '../../../test/helpers/agent-items.js';

describe('PlannerAgent scheduling', () => {
  const standup = makeEventItem({ subject: 'Planning', startAt: bst(10), endAt: bst(11) });
  const lunch = makeEventItem({ subject: 'Lunch with Tom', startAt: bst(12, 30), endAt: bst(13, 30) });

  it('fits blocks around events, inside working hours, without overlaps', async () => {
    const tasks = [
      task(
        { subject: 'Contract draft', receivedAt: new Date('2026-06-08T09:00:00Z') },
        { actionType: 'review' },
      ),
      task({ subject: 'Quarterly report' }, { actionType: 'none', importance: 5 }),
      task({ subject: 'Invoice 42', receivedAt: new Date('2026-06-09T09:00:00Z') }, { actionType: 'pay' }),
      reply('Dinner on Friday?'),
    ];
    const { result } = await plan(tasks, { calendar: [standup, lunch] });
    expect(result.output.date).toBe('2026-06-10');
    expect(result.output.mustDo).toHaveLength(4);
    expect(result.output.leftOver).toEqual([]);
    expectSaneBlocks(result, morning, { start: bst(9), end: bst(17) });
    const taskBlocks = result.output.blocks.filter((b) => b.kind !== 'event');
    // First fit in rank order. The hour-long top task does not fit 09:00-09:50 (planning at
    // 10:00, 10 min buffer); the 15-min reply still fits the rest of that gap.
    expect(taskBlocks.map((b) => [b.title, b.start])).toEqual([
      ['Review: Contract draft', '2026-06-10T09:00:00+01:00'],
      ['Reply to Grace Hopper: Dinner on Friday?', '2026-06-10T09:30:00+01:00'],
      ['Quarterly report', '2026-06-10T11:10:00+01:00'],
      ['Pay: Invoice 42', '2026-06-10T13:40:00+01:00'],
    ]);
    expect(result.output.mustDo.map((m) => m.title)).toEqual([
      'Quarterly report',
      'Review: Contract draft',
      'Pay: Invoice 42',
      'Reply to Grace Hopper: Dinner on Friday?',
    ]);
    expect(result.output.blocks.filter((b) => b.kind === 'event').map((b) => b.title)).toEqual([
      'Planning',
      'Lunch with Tom',
    ]);
    expect(result.proposals).toHaveLength(4);
  });

  it('starts from now, rounded up, when the day is under way', async () => {
    const now = bst(13, 7);
    const tasks = [task({ subject: 'A' }, {}), task({ subject: 'B' }, {})];
    const { result } = await plan(tasks, { now, calendar: [standup, lunch] });
    const starts = result.output.blocks.filter((b) => b.kind !== 'event').map((b) => b.start);
    expect(starts).toEqual(['2026-06-10T13:40:00+01:00', '2026-06-10T14:10:00+01:00']);
    expectSaneBlocks(result, now, { start: bst(9), end: bst(17) });
  });

  it('leaves everything over once the working day is over', async () => {
    const { result } = await plan([task({ subject: 'Late one' }, {})], { now: bst(17, 30) });
    expect(result.output.mustDo).toEqual([]);
    expect(result.output.leftOver).toEqual([
      expect.objectContaining({ title: 'Review: Late one', reason: 'the working day is over' }),
    ]);
    expect(result.proposals).toEqual([]);
  });

  it('puts what does not fit into leftOver with the reason', async () => {
    const big = Array.from({ length: 12 }, (_, i) =>
      task(
        { subject: `Project ${i + 1}`, receivedAt: new Date(Date.UTC(2026, 5, 1, i)) },
        { actionType: 'none' },
      ),
    );
    const { result } = await plan(big, { calendar: [standup, lunch] });
    // Free: 09:00-09:50, 11:10-12:20, 13:40-17:00: room for four one-hour blocks.
    expect(result.output.mustDo.map((m) => m.title)).toEqual([
      'Project 1',
      'Project 2',
      'Project 3',
      'Project 4',
    ]);
    const reasons = result.output.leftOver.map((l) => l.reason);
    expect(reasons.filter((r) => r === 'no free slot of 60 min left in working hours')).toHaveLength(6);
    expect(reasons.filter((r) => r === "lower priority than today's top 10")).toHaveLength(2);
    expect(result.output.leftOver.map((l) => l.title).slice(-2)).toEqual(['Project 11', 'Project 12']);
    expectSaneBlocks(result, morning, { start: bst(9), end: bst(17) });
  });

  it('lists at most twenty lower-priority items and counts the rest', async () => {
    const many = Array.from({ length: 35 }, (_, i) =>
      task(
        { subject: `Item ${i}`, receivedAt: new Date(Date.UTC(2026, 5, 1, 0, i)) },
        { actionType: 'schedule' },
      ),
    );
    const { result } = await plan(many);
    expect(result.output.mustDo).toHaveLength(10);
    expect(result.output.leftOver).toHaveLength(20);
    expect(result.output.leftOver.at(-1)!.title).toBe('Schedule: Item 29');
    expect(result.notes).toContain('5 more lower-priority items not listed');
  });

  it('ranks due and overdue first, then importance, then age', async () => {
    const tasks = [
      task({ subject: 'Old normal', receivedAt: new Date('2026-06-01T09:00:00Z') }, { importance: 4 }),
      task({ subject: 'Critical' }, { importance: 5 }),
      task({ subject: 'Due at five' }, { importance: 2, dueAt: bst(17) }),
      task({ subject: 'Overdue' }, { importance: 2, dueAt: new Date('2026-06-08T12:00:00Z') }),
      task({ subject: 'Due next week' }, { importance: 2, dueAt: new Date('2026-06-17T12:00:00Z') }),
    ];
    const { result } = await plan(tasks);
    expect(result.output.mustDo.map((m) => m.title)).toEqual([
      'Review: Overdue',
      'Review: Due at five',
      'Review: Critical',
      'Review: Old normal',
    ]);
    expect(result.output.mustDo[0]!.why).toBe('overdue since 2026-06-08');
    expect(result.output.mustDo[1]).toMatchObject({
      why: 'due today 17:00',
      dueAt: '2026-06-10T17:00:00+01:00',
    });
  });

  it('batches many replies into one block and keeps a few separate', async () => {
    const many = [reply('One'), reply('Two'), reply('Three'), reply('Four')];
    const { result } = await plan(many);
    const replyBlocks = result.output.blocks.filter((b) => b.kind === 'reply');
    expect(replyBlocks).toEqual([
      expect.objectContaining({
        title: 'Reply to 4 emails',
        start: '2026-06-10T09:00:00+01:00',
        end: '2026-06-10T10:00:00+01:00',
      }),
    ]);
    expect(replyBlocks[0]!.itemId).toBeUndefined();
    expect(result.output.mustDo).toHaveLength(4);
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0]!;
    expect(proposal.discriminator).toBe('plan:2026-06-10:replies-1');
    expect(proposal.kind === 'create_reminder_event' && proposal.payload.note).toContain(
      'Reply to Grace Hopper: Three',
    );

    const few = await plan([reply('One'), reply('Two')]);
    expect(few.result.output.blocks.map((b) => b.title)).toEqual([
      'Reply to Grace Hopper: One',
      'Reply to Grace Hopper: Two',
    ]);
  });

  it('cuts a batch of replies down to the gap it can use', async () => {
    // Free: 09:00-09:35 only (meeting from 09:45 with buffer until 17:00).
    const allDay = makeEventItem({ subject: 'Workshop', startAt: bst(9, 45), endAt: bst(17) });
    const { result } = await plan([reply('One'), reply('Two'), reply('Three'), reply('Four')], {
      calendar: [allDay],
    });
    expect(result.output.blocks.filter((b) => b.kind === 'reply')).toEqual([
      expect.objectContaining({
        title: 'Reply to 2 emails',
        start: '2026-06-10T09:00:00+01:00',
        end: '2026-06-10T09:30:00+01:00',
      }),
    ]);
    expect(result.output.leftOver.map((l) => l.title)).toEqual([
      'Reply to Grace Hopper: Three',
      'Reply to Grace Hopper: Four',
    ]);
  });

  it('ignores cancelled and declined events when finding free time', async () => {
    const cancelled = makeEventItem({
      subject: 'Cancelled',
      startAt: bst(9),
      endAt: bst(12),
      data: { status: 'cancelled' },
    });
    const declined = makeEventItem({
      subject: 'Declined',
      startAt: bst(9),
      endAt: bst(12),
      data: { attendees: [{ email: 'ADA@example.org', status: 'declined' }] },
    });
    const { result } = await plan([task({ subject: 'X' }, {})], { calendar: [cancelled, declined] });
    expect(result.output.blocks).toEqual([
      expect.objectContaining({ title: 'Review: X', start: '2026-06-10T09:00:00+01:00' }),
    ]);
  });
});
