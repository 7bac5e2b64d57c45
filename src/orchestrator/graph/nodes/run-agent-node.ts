/**
 * One agent as a graph node. A failing agent does not stop the run: its error
 * is logged and kept in the state, the other agents go on with what exists.
 */
import type { AgentName } from '../../../agents/agent.js';
import { isAppError } from '../../../domain/errors.js';
import type { OrchestratorDeps } from '../../orchestrator-deps.js';
import { recordAgentRun } from '../../run-log.js';
import { agentScope } from '../agent-scope.js';
import { applyAgentOutput } from '../apply-agent-output.js';
import { buildAgentContext } from '../build-agent-context.js';
import type { OpsStateType, OpsStateUpdate } from '../state.js';

const progressText: Record<AgentName, (n: number) => string> = {
  preference: () => 'Learning from your recent decisions...',
  safety: (n) => `Checking ${n} message${n === 1 ? '' : 's'} for scams...`,
  triage: (n) => `Analysing ${n} new message${n === 1 ? '' : 's'}...`,
  email: () => 'Summarising important mail and drafting replies...',
  event: () => 'Checking calendar conflicts...',
  weather: () => 'Reading the forecast...',
  planner: () => 'Planning your day...',
};

/** Agents that only make sense with items to look at. */
const needsItems = new Set<AgentName>(['safety', 'triage', 'email', 'event']);

export function runAgentNode(agent: AgentName, deps: OrchestratorDeps) {
  return async (state: OpsStateType): Promise<OpsStateUpdate> => {
    const startedAt = new Date();
    const implementation = deps.agents[agent];
    const scope = agentScope(agent, state);
    const base = { runId: state.runId, userId: state.userId, agent, startedAt, itemsIn: scope.length };
    if (!implementation || (needsItems.has(agent) && scope.length === 0)) {
      const why = implementation ? 'nothing to do' : 'switched off';
      await recordAgentRun(deps.prisma, {
        ...base,
        status: 'skipped',
        mode: state.mode,
        proposalsOut: 0,
        promptTokens: 0,
        completionTokens: 0,
        llmCalls: 0,
        notes: [why],
      });
      return {
        agentLogs: [{ agent, status: 'skipped', mode: 'heuristic', itemsIn: scope.length, proposalsOut: 0 }],
      };
    }
    deps.progress.emit({
      type: 'progress',
      runId: state.runId,
      userId: state.userId,
      message: progressText[agent](scope.length),
    });
    try {
      const context = await buildAgentContext(agent, state, scope, deps);
      const result = await implementation.run(context);
      const update = await applyAgentOutput(agent, result, context, state, deps);
      const status = result.mode === 'fallback' ? 'fallback' : 'ok';
      await recordAgentRun(deps.prisma, {
        ...base,
        status,
        mode: result.mode,
        proposalsOut: result.proposals.length,
        promptTokens: result.usage.promptTokens,
        completionTokens: result.usage.completionTokens,
        llmCalls: result.usage.llmCalls,
        notes: result.notes,
      });
      return {
        ...update,
        agentLogs: [
          { agent, status, mode: result.mode, itemsIn: scope.length, proposalsOut: result.proposals.length },
        ],
      };
    } catch (error) {
      const message = isAppError(error)
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
      deps.logger.error({ runId: state.runId, agent, err: message }, 'agent failed');
      await recordAgentRun(deps.prisma, {
        ...base,
        status: 'error',
        mode: state.mode,
        proposalsOut: 0,
        promptTokens: 0,
        completionTokens: 0,
        llmCalls: 0,
        error: message,
      });
      return {
        errors: [{ agent, message }],
        agentLogs: [
          {
            agent,
            status: 'error',
            mode: state.mode,
            itemsIn: scope.length,
            proposalsOut: 0,
            error: message,
          },
        ],
      };
    }
  };
}
