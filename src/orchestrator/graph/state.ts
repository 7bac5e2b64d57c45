/**
 * The state of one orchestrator run (the seed's OpsAgentState). Everything in
 * it is plain JSON: LangGraph checkpoints it to Postgres after every node, and
 * a crashed run resumes from the last completed node.
 */
import { Annotation } from '@langchain/langgraph';
import type { Intent } from '../../agents/agent.js';
import type { UserPreferences } from '../../agents/preferences.js';
import type { RiskLevel } from '../../domain/analysis/safety.js';
import type { ActionType, TriageCategory } from '../../domain/analysis/triage.js';
import type { DailyPlanContent } from '../../domain/plan.js';

export interface TriageJson {
  category: TriageCategory;
  importance: number;
  needsReply: boolean;
  actionType: ActionType;
  dueAt: string | null;
  reasons: string[];
  certain: boolean;
}

export interface SafetyJson {
  isScam: boolean;
  riskLevel: RiskLevel;
  reasons: string[];
  promptInjection: boolean;
  score: number;
}

export interface SummaryJson {
  tldr: string;
  bullets: string[];
}

export interface WeatherJson {
  byEvent: Record<string, string>;
  byHour: Record<string, string>;
  headline: string[];
}

export interface AgentLogEntry {
  agent: string;
  status: 'ok' | 'fallback' | 'error' | 'skipped';
  mode: 'llm' | 'heuristic' | 'fallback';
  itemsIn: number;
  proposalsOut: number;
  error?: string | undefined;
}

export interface RunInput {
  itemId?: string | undefined;
  /** YYYY-MM-DD in the user's zone, for plan_day. */
  date?: string | undefined;
}

const merge = <T>(left: Record<string, T>, right: Record<string, T>) => ({ ...left, ...right });
const concat = <T>(left: T[], right: T[]) => [...left, ...right];
const union = (left: string[], right: string[]) => [...new Set([...left, ...right])];

export const OpsState = Annotation.Root({
  userId: Annotation<string>,
  runId: Annotation<string>,
  intent: Annotation<Intent>,
  input: Annotation<RunInput>,
  /** The brain the run started with. */
  mode: Annotation<'llm' | 'heuristic'>,
  /** The items the run is about (the seed's `items`, by id). */
  itemIds: Annotation<string[]>({ reducer: (_, right) => right, default: () => [] }),
  preferences: Annotation<UserPreferences | null>({ reducer: (_, right) => right, default: () => null }),
  triage: Annotation<Record<string, TriageJson>>({ reducer: merge, default: () => ({}) }),
  safety: Annotation<Record<string, SafetyJson>>({ reducer: merge, default: () => ({}) }),
  summaries: Annotation<Record<string, SummaryJson>>({ reducer: merge, default: () => ({}) }),
  /** The seed's weather_context. */
  weather: Annotation<WeatherJson>({
    reducer: (_, right) => right,
    default: () => ({ byEvent: {}, byHour: {}, headline: [] }),
  }),
  plan: Annotation<DailyPlanContent | null>({ reducer: (_, right) => right, default: () => null }),
  /** The seed's action_proposals, as stored ids. */
  proposalIds: Annotation<string[]>({ reducer: union, default: () => [] }),
  agentLogs: Annotation<AgentLogEntry[]>({ reducer: concat, default: () => [] }),
  errors: Annotation<Array<{ agent: string; message: string }>>({ reducer: concat, default: () => [] }),
});

export type OpsStateType = typeof OpsState.State;
export type OpsStateUpdate = typeof OpsState.Update;
