/**
 * Plans one day: the must-dos from triaged mail, the fixed events, and
 * proposed time blocks in the free parts of the working day, each block a
 * create_reminder_event proposal. Deterministic; a model, when present, only
 * reorders the must-dos.
 */

import { isAppError } from '../../domain/errors.js';
import type { DailyPlanContent, MustDo, PlanBlock } from '../../domain/plan.js';
import { formatOffsetIso, localDateOf, localDayBounds } from '../../domain/time/local-time.js';
import type { LlmUsage } from '../../llm/llm-client.js';
import { type Agent, type AgentContext, type AgentResult, type AgentUsage, noUsage } from '../agent.js';
import { exposureOf } from '../weather/event-exposure.js';
import { aiOrderTasks } from './ai-order-tasks.js';
import { dayEvents } from './day-events.js';
import { ceilTo, freeSlots } from './free-slots.js';
import type { PlacedBlock } from './pack-tasks.js';
import { packTasks } from './pack-tasks.js';
import { blockProposals } from './plan-proposals.js';
import {
  MAX_LISTED_LOWER_PRIORITY,
  MAX_MUST_DO,
  MIN_BLOCK_MINUTES,
  SLOT_STEP_MINUTES,
} from './planner-rules.js';
import { type PlanTask, selectTasks } from './select-tasks.js';
import { nonWorkingDay, workWindow } from './work-window.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

type Ordering = { tasks: PlanTask[]; mode: AgentResult<unknown>['mode']; usage: AgentUsage; note?: string };

async function orderTasks(context: AgentContext, tasks: PlanTask[]): Promise<Ordering> {
  const llm = context.llm;
  if (!llm?.isAvailable() || tasks.length < 2) return { tasks, mode: 'heuristic', usage: noUsage };
  const toUsage = (u: LlmUsage | undefined): AgentUsage =>
    u ? { promptTokens: u.promptTokens, completionTokens: u.completionTokens, llmCalls: u.calls } : noUsage;
  try {
    const result = await aiOrderTasks(llm, tasks, context.user.timezone);
    return { tasks: result.tasks, mode: 'llm', usage: toUsage(result.usage) };
  } catch (error) {
    if (!isAppError(error, 'LLM_UNAVAILABLE') && !isAppError(error, 'LLM_INVALID_OUTPUT')) throw error;
    const usage = toUsage((error as { usage?: LlmUsage }).usage);
    return { tasks, mode: 'fallback', usage, note: `task order from rules: model failed (${error.code})` };
  }
}

function mustDoOf(task: PlanTask, timeZone: string): MustDo {
  return {
    itemId: task.item.id,
    title: task.title,
    why: task.why,
    dueAt: task.triage.dueAt ? formatOffsetIso(task.triage.dueAt, timeZone) : undefined,
  };
}

/** Weather only matters to a task that takes the user outdoors ("Collect parcel at the station"). */
function taskWeatherNote(placed: PlacedBlock, byHour: Map<string, string>): string | undefined {
  const outside = placed.tasks.some((t) => exposureOf({ subject: t.title, location: t.item.location }));
  if (!outside) return undefined;
  const notes = new Set<string>();
  for (const [hour, note] of byHour) {
    const start = Date.parse(hour);
    if (start < placed.end && start + HOUR_MS > placed.start) notes.add(note);
  }
  return notes.size > 0 ? [...notes].join('; ') : undefined;
}

function byTime(a: PlanBlock, b: PlanBlock): number {
  const diff = Date.parse(a.start) - Date.parse(b.start);
  if (diff !== 0) return diff;
  return a.kind === 'event' ? -1 : b.kind === 'event' ? 1 : 0;
}

export class PlannerAgent implements Agent<DailyPlanContent> {
  readonly name = 'planner' as const;

  async run(context: AgentContext): Promise<AgentResult<DailyPlanContent>> {
    const { user } = context;
    const timeZone = user.timezone;
    const date = localDateOf(context.now, timeZone);
    const day = localDayBounds(date, timeZone);
    const notes: string[] = [];
    context.progress(`Planning ${date}`);

    const events = dayEvents(context, date, day);
    const selection = selectTasks(context, date, day.end);
    const { unsafe, muted } = selection.skipped;
    if (unsafe > 0) notes.push(`${unsafe} unsafe items left out`);
    if (muted > 0) notes.push(`${muted} items from muted senders or categories left out`);

    const ordering = await orderTasks(context, selection.tasks);
    if (ordering.note) notes.push(ordering.note);
    const candidates = ordering.tasks.slice(0, MAX_MUST_DO);
    const overflow = ordering.tasks.slice(MAX_MUST_DO);
    const leftOver: DailyPlanContent['leftOver'] = overflow.slice(0, MAX_LISTED_LOWER_PRIORITY).map((t) => ({
      itemId: t.item.id,
      title: t.title,
      reason: `lower priority than today's top ${MAX_MUST_DO}`,
    }));
    const unlisted = overflow.length - leftOver.length;
    if (unlisted > 0) notes.push(`${unlisted} more lower-priority items not listed`);
    const plan: DailyPlanContent = {
      date,
      timezone: timeZone,
      mustDo: [],
      blocks: events.blocks,
      weather: context.analyses.weather.headline,
      leftOver,
    };

    const notice =
      nonWorkingDay(date, user.workdays) ?? (events.dayOff ? `Day off (${events.dayOff})` : undefined);
    if (notice) {
      notes.push(`${notice}: no tasks planned`);
      plan.notice = notice;
      plan.leftOver = [
        ...candidates.map((t) => ({ itemId: t.item.id, title: t.title, reason: notice })),
        ...leftOver,
      ];
      plan.blocks = [...events.blocks].sort(byTime);
      return { output: plan, proposals: [], mode: ordering.mode, usage: ordering.usage, notes };
    }

    const { window, problem } = workWindow(date, user);
    if (problem) notes.push(problem);
    const earliest = Math.max(window.start, ceilTo(context.now.getTime(), SLOT_STEP_MINUTES * MINUTE_MS));
    const slots =
      earliest < window.end
        ? freeSlots({ start: earliest, end: window.end }, events.busy, MIN_BLOCK_MINUTES * MINUTE_MS)
        : [];
    const { placed, unplaced } = packTasks(candidates, slots);

    const reasonFor = (task: PlanTask): string => {
      if (earliest >= window.end) return 'the working day is over';
      if (slots.length === 0) return 'no free time left in working hours';
      return `no free slot of ${task.minutes} min left in working hours`;
    };
    plan.leftOver = [
      ...unplaced.map((t) => ({ itemId: t.item.id, title: t.title, reason: reasonFor(t) })),
      ...leftOver,
    ];
    const scheduled = new Set(placed.flatMap((p) => p.tasks));
    plan.mustDo = candidates.filter((t) => scheduled.has(t)).map((t) => mustDoOf(t, timeZone));

    const proposalsMuted = context.preferences.mutedKinds.includes('create_reminder_event');
    if (proposalsMuted && placed.length > 0) notes.push('reminder proposals muted by preference');
    const made = blockProposals(placed, {
      date,
      timeZone,
      calendarAccountId: context.calendarAccountId,
      weatherNoteOf: (p) => taskWeatherNote(p, context.analyses.weather.byHour),
      proposalsMuted,
    });
    for (const m of made) if (m.problem) notes.push(`block "${m.block.start}" not proposed: ${m.problem}`);
    plan.blocks = [...events.blocks, ...made.map((m) => m.block)].sort(byTime);
    const proposals = made.flatMap((m) => (m.proposal ? [m.proposal] : []));
    return { output: plan, proposals, mode: ordering.mode, usage: ordering.usage, notes };
  }
}
