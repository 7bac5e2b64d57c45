/**
 * Optional: asks the model in which order today's tasks should be done. The
 * model only reorders; it cannot add, drop or invent tasks, and anything due
 * today stays ahead of anything that is not. Mail text is fenced as data.
 */
import { z } from 'zod';
import { localDateOf, localTimeOf } from '../../domain/time/local-time.js';
import { fenceUntrusted, untrustedDataRule } from '../../llm/fence-untrusted.js';
import type { LlmClient, LlmUsage } from '../../llm/llm-client.js';
import { LLM_MAX_TASKS } from './planner-rules.js';
import type { PlanTask } from './select-tasks.js';

const orderSchema = z.object({
  order: z.array(z.string().max(10)).max(LLM_MAX_TASKS * 2),
});

const system = [
  "You help a busy person decide the order in which to do today's tasks.",
  'Each task has an id (t1, t2, ...), an action, an importance from 1 to 5, and maybe a deadline.',
  'Put first what has a deadline soonest, then what someone is waiting for, then the rest; prefer quick',
  'wins when importance is equal. Answer with JSON {"order": [ids]} listing every id exactly once.',
  untrustedDataRule,
].join(' ');

function describe(task: PlanTask, id: string, timeZone: string): string {
  const due = task.triage.dueAt
    ? `${localDateOf(task.triage.dueAt, timeZone)} ${localTimeOf(task.triage.dueAt, timeZone)}`
    : 'none';
  const meta = `id: ${id}; action: ${task.triage.actionType}; importance: ${task.triage.importance}; deadline: ${due}; minutes: ${task.minutes}`;
  const text = `From: ${task.item.fromName ?? ''} <${task.item.fromAddress ?? ''}>\nSubject: ${task.item.subject}\n${task.item.snippet}`;
  return `${meta}\n${fenceUntrusted(`task ${id}`, text)}`;
}

/** Applies the model's order to `tasks`; ids it forgot keep their heuristic place after the ones it gave. */
export function applyOrder(tasks: PlanTask[], order: string[]): PlanTask[] {
  const byId = new Map(tasks.map((t, i) => [`t${i + 1}`, t]));
  const seen = new Set<PlanTask>();
  const ordered: PlanTask[] = [];
  for (const id of order) {
    const task = byId.get(id.trim());
    if (task && !seen.has(task)) {
      seen.add(task);
      ordered.push(task);
    }
  }
  for (const task of tasks) if (!seen.has(task)) ordered.push(task);
  return [...ordered.filter((t) => t.due), ...ordered.filter((t) => !t.due)];
}

export async function aiOrderTasks(
  llm: LlmClient,
  tasks: PlanTask[],
  timeZone: string,
): Promise<{ tasks: PlanTask[]; usage: LlmUsage }> {
  const head = tasks.slice(0, LLM_MAX_TASKS);
  const user = head.map((task, i) => describe(task, `t${i + 1}`, timeZone)).join('\n\n');
  const response = await llm.completeJson({
    agent: 'planner',
    system,
    user,
    schema: orderSchema,
    schemaName: 'task_order',
    maxTokens: 300,
    temperature: 0,
  });
  return {
    tasks: [...applyOrder(head, response.value.order), ...tasks.slice(LLM_MAX_TASKS)],
    usage: response.usage,
  };
}
