/** The planner's output for one day, stored in daily_plans.plan. */
export interface PlanBlock {
  title: string;
  start: string; // ISO with offset
  end: string;
  kind: 'task' | 'reply' | 'focus' | 'event';
  /** An all-day event: shown without times, blocks no hours. */
  allDay?: boolean | undefined;
  itemId?: string | undefined;
  /** The proposal that would put this block in the calendar. */
  proposalId?: string | undefined;
  weatherNote?: string | undefined;
}

export interface MustDo {
  itemId: string;
  title: string;
  why: string;
  dueAt?: string | undefined;
}

export interface DailyPlanContent {
  date: string; // YYYY-MM-DD in the user's zone
  timezone: string;
  mustDo: MustDo[];
  /** Fixed events and proposed blocks, in time order. */
  blocks: PlanBlock[];
  weather: string[];
  /** Things that did not fit, with the reason. */
  leftOver: Array<{ itemId: string; title: string; reason: string }>;
  /** Why no tasks were planned at all ("Saturday is not a working day"). */
  notice?: string | undefined;
}
