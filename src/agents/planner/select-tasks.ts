/**
 * Picks the day's candidate tasks from triaged mail and ranks them: due today
 * or overdue first (earliest deadline first), then importance, then age.
 * Scams, items safety flagged and muted senders or categories never appear.
 */
import type { TriageResult } from '../../domain/analysis/triage.js';
import { localDateOf, localTimeOf } from '../../domain/time/local-time.js';
import type { AgentContext } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { isMuted } from './is-muted.js';
import { MUST_DO_IMPORTANCE } from './planner-rules.js';
import { isReplyTask, taskMinutes, taskTitle } from './task-shape.js';

export interface PlanTask {
  item: AgentItem;
  triage: TriageResult;
  title: string;
  why: string;
  minutes: number;
  isReply: boolean;
  /** Due before the end of the planned day (overdue included). */
  due: boolean;
}

export interface TaskSelection {
  tasks: PlanTask[];
  skipped: { unsafe: number; muted: number; untriaged: number };
}

function why(triage: TriageResult, due: boolean, date: string, timeZone: string): string {
  const parts: string[] = [];
  if (triage.dueAt && due) {
    const dueDate = localDateOf(triage.dueAt, timeZone);
    const time = localTimeOf(triage.dueAt, timeZone);
    if (dueDate < date) parts.push(`overdue since ${dueDate}`);
    else parts.push(time === '00:00' ? 'due today' : `due today ${time}`);
  } else if (triage.dueAt) {
    parts.push(`due ${localDateOf(triage.dueAt, timeZone)}`);
  }
  if (triage.importance >= MUST_DO_IMPORTANCE) parts.push(`importance ${triage.importance}/5`);
  if (triage.needsReply) parts.push('needs a reply');
  return parts.join(', ');
}

export function selectTasks(context: AgentContext, date: string, dayEnd: Date): TaskSelection {
  const { triage, safety } = context.analyses;
  const timeZone = context.user.timezone;
  const skipped = { unsafe: 0, muted: 0, untriaged: 0 };
  const tasks: PlanTask[] = [];
  for (const item of context.items) {
    if (item.kind !== 'email') continue;
    const result = triage.get(item.id);
    if (!result) {
      skipped.untriaged += 1;
      continue;
    }
    const verdict = safety.get(item.id);
    const unsafe =
      result.category === 'spam_scam' ||
      verdict?.isScam === true ||
      verdict?.riskLevel === 'high' ||
      verdict?.promptInjection === true;
    const due = result.dueAt !== undefined && result.dueAt.getTime() < dayEnd.getTime();
    const wanted = due || result.importance >= MUST_DO_IMPORTANCE || result.needsReply;
    if (!wanted) continue;
    if (unsafe) {
      skipped.unsafe += 1;
      continue;
    }
    if (isMuted(item, result.category, context.preferences)) {
      skipped.muted += 1;
      continue;
    }
    tasks.push({
      item,
      triage: result,
      title: taskTitle(item, result),
      why: why(result, due, date, timeZone),
      minutes: taskMinutes(item, result),
      isReply: isReplyTask(result),
      due,
    });
  }
  return { tasks: rankTasks(tasks), skipped };
}

const received = (t: PlanTask) => t.item.receivedAt?.getTime() ?? Number.MAX_SAFE_INTEGER;

export function rankTasks(tasks: PlanTask[]): PlanTask[] {
  return [...tasks].sort((a, b) => {
    if (a.due !== b.due) return a.due ? -1 : 1;
    if (a.due && b.due) {
      const byDeadline = a.triage.dueAt!.getTime() - b.triage.dueAt!.getTime();
      if (byDeadline !== 0) return byDeadline;
    }
    if (a.triage.importance !== b.triage.importance) return b.triage.importance - a.triage.importance;
    return received(a) - received(b) || a.item.id.localeCompare(b.item.id);
  });
}
