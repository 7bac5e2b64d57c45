/**
 * Puts ranked tasks into free slots, first fit in rank order, so the most
 * pressing work gets the earliest time. Many replies share "Reply to N
 * emails" blocks; a batch that fits nowhere is cut down to what fits.
 */
import type { Interval } from './free-slots.js';
import { REPLY_BATCH_MAX_MINUTES, REPLY_BATCH_MIN } from './planner-rules.js';
import type { PlanTask } from './select-tasks.js';

const MINUTE_MS = 60_000;

export interface PlacedBlock {
  tasks: PlanTask[];
  start: number;
  end: number;
  title: string;
  kind: 'task' | 'reply';
}

export interface Packing {
  placed: PlacedBlock[];
  unplaced: PlanTask[];
}

const minutesOf = (tasks: PlanTask[]) => tasks.reduce((sum, t) => sum + t.minutes, 0);

/** Units in rank order; a batch stands where its most pressing reply would. */
export function groupReplies(tasks: PlanTask[]): PlanTask[][] {
  const replies = tasks.filter((t) => t.isReply);
  if (replies.length < REPLY_BATCH_MIN) return tasks.map((t) => [t]);
  const batches: PlanTask[][] = [];
  for (const reply of replies) {
    const current = batches.at(-1);
    if (current && minutesOf(current) + reply.minutes <= REPLY_BATCH_MAX_MINUTES) current.push(reply);
    else batches.push([reply]);
  }
  const firstOf = new Map(batches.map((b) => [b[0]!, b]));
  const units: PlanTask[][] = [];
  for (const task of tasks) {
    if (!task.isReply) units.push([task]);
    else {
      const batch = firstOf.get(task);
      if (batch) units.push(batch);
    }
  }
  return units;
}

function blockOf(tasks: PlanTask[], start: number): PlacedBlock {
  const first = tasks[0]!;
  const batch = tasks.length > 1;
  return {
    tasks,
    start,
    end: start + minutesOf(tasks) * MINUTE_MS,
    title: batch ? `Reply to ${tasks.length} emails` : first.title,
    kind: batch || first.isReply ? 'reply' : 'task',
  };
}

export function packTasks(tasks: PlanTask[], slots: Interval[]): Packing {
  const free = slots.map((s) => ({ ...s }));
  const placed: PlacedBlock[] = [];
  const unplaced: PlanTask[] = [];
  const queue = groupReplies(tasks);
  while (queue.length > 0) {
    const unit = queue.shift()!;
    const needMs = minutesOf(unit) * MINUTE_MS;
    const slot = free.find((s) => s.end - s.start >= needMs);
    if (slot) {
      placed.push(blockOf(unit, slot.start));
      slot.start += needMs;
      continue;
    }
    if (unit.length === 1) {
      unplaced.push(unit[0]!);
      continue;
    }
    // Too long for any gap: keep the replies that fit the longest one, retry the rest.
    const longestMs = Math.max(0, ...free.map((s) => s.end - s.start));
    const head: PlanTask[] = [];
    for (const task of unit) {
      if ((minutesOf(head) + task.minutes) * MINUTE_MS > longestMs) break;
      head.push(task);
    }
    if (head.length === 0) {
      unplaced.push(unit[0]!);
      queue.unshift(unit.slice(1));
    } else {
      queue.unshift(head, unit.slice(head.length));
    }
  }
  placed.sort((a, b) => a.start - b.start);
  return { placed, unplaced };
}
