/** Agents speak Maps and Dates; checkpointed state must be plain JSON. Both ways here. */
import type { AnalysisSoFar } from '../../agents/agent.js';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import type { MailSummary } from '../../domain/analysis/summary.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import type { OpsStateType, SafetyJson, SummaryJson, TriageJson, WeatherJson } from './state.js';

export function triageToJson(result: TriageResult): TriageJson {
  return {
    category: result.category,
    importance: result.importance,
    needsReply: result.needsReply,
    actionType: result.actionType,
    dueAt: result.dueAt ? result.dueAt.toISOString() : null,
    reasons: result.reasons,
    certain: result.certain,
  };
}

export function safetyToJson(v: SafetyVerdict): SafetyJson {
  return {
    isScam: v.isScam,
    riskLevel: v.riskLevel,
    reasons: v.reasons,
    promptInjection: v.promptInjection,
    score: v.score,
  };
}

export function summaryToJson(s: MailSummary): SummaryJson {
  return { tldr: s.tldr, bullets: s.bullets };
}

export function weatherToJson(w: AnalysisSoFar['weather']): WeatherJson {
  return {
    byEvent: Object.fromEntries(w.byEvent),
    byHour: Object.fromEntries(w.byHour),
    headline: w.headline,
  };
}

export function mapRecord<A, B>(record: Map<string, A>, fn: (a: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const [k, v] of record) out[k] = fn(v);
  return out;
}

export function analysesFromState(state: OpsStateType): AnalysisSoFar {
  return {
    triage: new Map(
      Object.entries(state.triage).map(([id, t]) => [
        id,
        { ...t, dueAt: t.dueAt ? new Date(t.dueAt) : undefined },
      ]),
    ),
    safety: new Map(Object.entries(state.safety)),
    summaries: new Map(Object.entries(state.summaries)),
    weather: {
      byEvent: new Map(Object.entries(state.weather.byEvent)),
      byHour: new Map(Object.entries(state.weather.byHour)),
      headline: state.weather.headline,
    },
  };
}
