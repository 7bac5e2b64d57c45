/**
 * Stores one agent's result and turns it into the state update of its node.
 * The switch is the only place that knows each agent's output shape.
 */
import type { AgentContext, AgentName, AgentResult } from '../../agents/agent.js';
import { summarisePlan } from '../../agents/planner/summarise-plan.js';
import type { PreferenceUpdate } from '../../agents/preference/preference-agent.js';
import { preferencesFromRows } from '../../agents/preferences.js';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import type { MailSummary } from '../../domain/analysis/summary.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import type { DailyPlanContent } from '../../domain/plan.js';
import type { OrchestratorDeps } from '../orchestrator-deps.js';
import { saveAgentProposals } from '../persist/save-agent-proposals.js';
import { saveDailyPlan } from '../persist/save-daily-plan.js';
import { saveSafety, saveSummaries, saveTriage } from '../persist/save-item-analyses.js';
import { saveLearnedPreferences } from '../persist/save-learned-preferences.js';
import { mapRecord, safetyToJson, summaryToJson, triageToJson, weatherToJson } from './analyses-json.js';
import type { OpsStateType, OpsStateUpdate } from './state.js';

export async function applyAgentOutput(
  agent: AgentName,
  result: AgentResult<unknown>,
  context: AgentContext,
  state: OpsStateType,
  deps: OrchestratorDeps,
): Promise<OpsStateUpdate> {
  const saved = await saveAgentProposals(agent, result.proposals, context, deps);
  const update: OpsStateUpdate = { proposalIds: saved.map((s) => s.id) };
  const brain = result.mode;
  switch (agent) {
    case 'triage': {
      const triage = mapRecord(result.output as Map<string, TriageResult>, triageToJson);
      await saveTriage(deps.pool, context.items, triage, brain);
      return { ...update, triage };
    }
    case 'safety': {
      const safety = mapRecord(result.output as Map<string, SafetyVerdict>, safetyToJson);
      await saveSafety(deps.pool, context.items, safety, brain);
      return { ...update, safety };
    }
    case 'email': {
      const summaries = mapRecord(result.output as Map<string, MailSummary>, summaryToJson);
      await saveSummaries(deps.pool, context.items, summaries, brain);
      return { ...update, summaries };
    }
    case 'weather':
      return { ...update, weather: weatherToJson(result.output as AgentContext['analyses']['weather']) };
    case 'planner': {
      const plan = linkBlocksToProposals(result.output as DailyPlanContent, saved);
      await saveDailyPlan(deps.prisma, {
        userId: state.userId,
        runId: state.runId,
        plan,
        summary: summarisePlan(plan),
      });
      return { ...update, plan };
    }
    case 'preference': {
      const learned = result.output as PreferenceUpdate;
      await saveLearnedPreferences(deps.prisma, state.userId, learned);
      const rows = await deps.prisma.userPreference.findMany({ where: { userId: state.userId } });
      return { ...update, preferences: preferencesFromRows(rows) };
    }
    case 'event':
      return update;
  }
}

function linkBlocksToProposals(
  plan: DailyPlanContent,
  saved: Array<{ id: string; draft: { title: string; payload: unknown } }>,
): DailyPlanContent {
  const byTimeAndTitle = new Map(
    saved.map((s) => [`${(s.draft.payload as { start?: string }).start}|${s.draft.title}`, s.id]),
  );
  return {
    ...plan,
    blocks: plan.blocks.map((block) => ({
      ...block,
      proposalId: block.proposalId ?? byTimeAndTitle.get(`${block.start}|${block.title}`),
    })),
  };
}
