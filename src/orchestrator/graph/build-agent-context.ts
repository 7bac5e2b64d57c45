/**
 * Builds what one agent reads for one node of a run. Loaded fresh from the
 * database (items, calendar, forecast) plus the analyses carried in the
 * checkpointed state, so a resumed run sees exactly what a fresh one would.
 */
import type { AgentContext, AgentName } from '../../agents/agent.js';
import { addDays, localDateOf, localDayBounds, zonedTimeToInstant } from '../../domain/time/local-time.js';
import { loadLastReplies } from '../context/last-replies.js';
import { loadEvents, loadItemsByIds } from '../context/load-items.js';
import { loadSignals, loadUserContext } from '../context/load-user-context.js';
import type { OrchestratorDeps } from '../orchestrator-deps.js';
import { analysesFromState } from './analyses-json.js';
import type { OpsStateType } from './state.js';

const DAY = 86_400_000;

/** The day a plan_day run is about, and the "now" the planner should see for it. */
export function planningClock(
  state: OpsStateType,
  timezone: string,
  realNow: Date,
): { date: string; now: Date } {
  const today = localDateOf(realNow, timezone);
  const date = state.input.date ?? today;
  if (date === today) return { date, now: realNow };
  // A past or future day is planned as seen from its own midnight.
  return { date, now: zonedTimeToInstant(date, '00:00', timezone) };
}

export async function buildAgentContext(
  agent: AgentName,
  state: OpsStateType,
  itemIds: string[],
  deps: OrchestratorDeps,
): Promise<AgentContext> {
  const userContext = await loadUserContext(deps.prisma, state.userId);
  const tz = userContext.user.timezone;
  let now = deps.now();
  let from = new Date(now.getTime() - DAY);
  let to = new Date(now.getTime() + 30 * DAY);
  if (state.intent === 'plan_day') {
    const clock = planningClock(state, tz, now);
    now = clock.now;
    from = localDayBounds(addDays(clock.date, -1), tz).start;
    to = localDayBounds(addDays(clock.date, 2), tz).start;
  }
  const needsCalendar = agent === 'event' || agent === 'planner' || agent === 'weather';
  const needsForecast = agent === 'weather' || agent === 'planner';
  const [items, calendar, forecasts, signals] = await Promise.all([
    loadItemsByIds(deps.prisma, state.userId, itemIds),
    needsCalendar ? loadEvents(deps.prisma, state.userId, 'event', from, to) : Promise.resolve([]),
    needsForecast ? loadEvents(deps.prisma, state.userId, 'forecast', from, to) : Promise.resolve([]),
    agent === 'preference' ? loadSignals(deps.prisma, state.userId) : Promise.resolve([]),
  ]);
  const lastUserReplies = await loadLastReplies(
    deps.prisma,
    state.userId,
    userContext.user.addresses,
    items.map((i) => i.threadId),
  );
  const llm = state.mode === 'llm' && deps.llm?.isAvailable() ? deps.llm : undefined;
  const logger = deps.logger.child({ runId: state.runId, agent });
  return {
    runId: state.runId,
    intent: state.intent,
    now,
    user: userContext.user,
    preferences: state.preferences ?? userContext.preferences,
    userSetPreferenceKeys: userContext.userSetPreferenceKeys,
    items,
    knownContacts: userContext.knownContacts,
    calendar,
    forecasts,
    analyses: analysesFromState(state),
    llm,
    progress: (message) =>
      deps.progress.emit({ type: 'progress', runId: state.runId, userId: state.userId, message }),
    logger,
    calendarAccountId: userContext.calendarAccountId,
    signals,
    lastUserReplies,
  };
}
