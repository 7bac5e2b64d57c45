/**
 * The contract every specialist agent implements. Agents read what the
 * orchestrator gives them and return results and proposals; they hold no
 * database or provider client, so they cannot write anywhere. The
 * orchestrator stores what they return.
 */
import type { SafetyVerdict } from '../domain/analysis/safety.js';
import type { MailSummary } from '../domain/analysis/summary.js';
import type { TriageResult } from '../domain/analysis/triage.js';
import type { LastReplies } from '../domain/items/answered.js';
import type { ProposalDraft } from '../domain/proposals/payloads.js';
import type { LlmClient } from '../llm/llm-client.js';
import type { Logger } from '../logging/logger.js';
import type { AgentItem } from './agent-item.js';
import type { UserPreferences } from './preferences.js';

export const agentNames = ['triage', 'safety', 'email', 'event', 'weather', 'planner', 'preference'] as const;
export type AgentName = (typeof agentNames)[number];

export const intents = ['refresh_inbox', 'plan_day', 'handle_item', 'draft_reply', 'schedule_event'] as const;
export type Intent = (typeof intents)[number];

export interface AgentUser {
  id: string;
  displayName: string;
  /** The user's own addresses: every mailbox they connected. */
  addresses: string[];
  timezone: string;
  workdayStart: string; // "HH:MM"
  workdayEnd: string;
  workdays: number[]; // ISO weekdays
  location: string | null;
}

export interface AgentContext {
  runId: string;
  intent: Intent;
  now: Date;
  user: AgentUser;
  preferences: UserPreferences;
  /** The mail or events this run is about. */
  items: AgentItem[];
  /** Addresses the user has written to (lower case): the "known contacts". */
  knownContacts: Set<string>;
  /** Calendar events around the period concerned (for conflicts and free slots). */
  calendar: AgentItem[];
  /** Stored forecast items for the next days. */
  forecasts: AgentItem[];
  /** Results of agents that ran earlier in this run. */
  analyses: AnalysisSoFar;
  /** Undefined in heuristic mode. */
  llm: LlmClient | undefined;
  progress(message: string): void;
  logger: Logger;
  /** The calendar account proposals should target, if the user has one. */
  calendarAccountId: string | undefined;
  /** Recent decisions of the user (newest first), for the preference agent. */
  signals: PreferenceSignalView[];
  /** Preference keys the user set by hand; learning must leave them alone. */
  userSetPreferenceKeys?: string[];
  /** When the user last wrote in each thread of `items`: mail answered since needs no reply. */
  lastUserReplies?: LastReplies;
}

export interface PreferenceSignalView {
  /** approved | rejected | edited | marked_safe | confirmed_scam */
  signal: string;
  /** Proposal kind, sender address, category and the like at decision time. */
  context: Record<string, unknown>;
  reason: string | null;
  /** For edited drafts: { before, after } of the changed fields. */
  diff: unknown;
  createdAt: Date;
}

export interface AnalysisSoFar {
  triage: Map<string, TriageResult>;
  safety: Map<string, SafetyVerdict>;
  summaries: Map<string, MailSummary>;
  /** Weather notes per event item id, and per hour (ISO hour start). */
  weather: { byEvent: Map<string, string>; byHour: Map<string, string>; headline: string[] };
}

export interface AgentUsage {
  promptTokens: number;
  completionTokens: number;
  llmCalls: number;
}

export interface AgentResult<Output> {
  output: Output;
  proposals: ProposalDraft[];
  /** "llm" when the model answered for everything, "fallback" when some or all used heuristics after an LLM failure. */
  mode: 'llm' | 'heuristic' | 'fallback';
  usage: AgentUsage;
  /** Why an item fell back to heuristics (validation error, timeout), never mail content. */
  notes: string[];
}

export interface Agent<Output = unknown> {
  readonly name: AgentName;
  run(context: AgentContext): Promise<AgentResult<Output>>;
}

export const noUsage: AgentUsage = { promptTokens: 0, completionTokens: 0, llmCalls: 0 };

export function emptyAnalyses(): AnalysisSoFar {
  return {
    triage: new Map(),
    safety: new Map(),
    summaries: new Map(),
    weather: { byEvent: new Map(), byHour: new Map(), headline: [] },
  };
}
