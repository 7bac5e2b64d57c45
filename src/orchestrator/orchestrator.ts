/**
 * Runs intents for a user: one LangGraph graph per intent, checkpointed in
 * Postgres (schema "langgraph") under the run id, so a run that died with its
 * process can be resumed; proposals are deduplicated by idempotency key, so a
 * resumed or repeated run never proposes the same thing twice.
 */
import { randomUUID } from 'node:crypto';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type { Intent } from '../agents/agent.js';
import { intents } from '../agents/agent.js';
import type { DailyPlanContent } from '../domain/plan.js';
import { buildIntentGraph, type CompiledIntentGraph } from './graph/build-intent-graph.js';
import type { AgentLogEntry, OpsStateType, RunInput } from './graph/state.js';
import type { OrchestratorDeps } from './orchestrator-deps.js';
import { createRun, finishRun } from './run-log.js';
import { summariseRun } from './summarise-run.js';

export interface RunOutcome {
  runId: string;
  intent: Intent;
  status: 'succeeded' | 'partial' | 'failed';
  summary: string;
  itemIds: string[];
  proposalIds: string[];
  errors: Array<{ agent: string; message: string }>;
  agentLogs: AgentLogEntry[];
  plan: DailyPlanContent | null;
}

export class Orchestrator {
  private readonly graphs: Record<Intent, CompiledIntentGraph>;
  private aiDownNoticeSent = false;

  private constructor(
    private readonly deps: OrchestratorDeps,
    checkpointer: PostgresSaver,
  ) {
    this.graphs = Object.fromEntries(
      intents.map((intent) => [intent, buildIntentGraph(intent, deps, checkpointer)]),
    ) as Record<Intent, CompiledIntentGraph>;
  }

  static async create(deps: OrchestratorDeps): Promise<Orchestrator> {
    const checkpointer = new PostgresSaver(deps.pool, undefined, { schema: 'langgraph' });
    await checkpointer.setup();
    return new Orchestrator(deps, checkpointer);
  }

  /** Runs an intent to the end. Agent failures make it "partial", not an exception. */
  async run(userId: string, intent: Intent, input: RunInput = {}): Promise<RunOutcome> {
    const mode = this.chooseMode(userId);
    const runId = randomUUID();
    await createRun(this.deps.prisma, { id: runId, userId, intent, input, mode });
    return this.drive(runId, userId, intent, { userId, runId, intent, input, mode });
  }

  /** Continues a run from its last checkpoint (after a crash). */
  async resume(runId: string): Promise<RunOutcome> {
    const run = await this.deps.prisma.orchestratorRun.findUniqueOrThrow({ where: { id: runId } });
    return this.drive(runId, run.userId, run.intent as Intent, null);
  }

  /** Finishes every run left "running" by a process that died. Single-process (embedded) use. */
  async resumeInterrupted(): Promise<RunOutcome[]> {
    const stuck = await this.deps.prisma.orchestratorRun.findMany({ where: { status: 'running' } });
    const outcomes: RunOutcome[] = [];
    for (const run of stuck) {
      this.deps.logger.info({ runId: run.id, intent: run.intent }, 'resuming interrupted run');
      outcomes.push(await this.resume(run.id));
    }
    return outcomes;
  }

  private async drive(
    runId: string,
    userId: string,
    intent: Intent,
    input: Partial<OpsStateType> | null,
  ): Promise<RunOutcome> {
    if (!(intents as readonly string[]).includes(intent)) throw new Error(`unknown intent ${intent}`);
    let state: OpsStateType;
    try {
      // "sync": a node's checkpoint is written before the next node starts, so a
      // crash never re-runs a finished agent.
      state = await this.graphs[intent].invoke(input, {
        configurable: { thread_id: runId },
        durability: 'sync',
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await finishRun(this.deps.prisma, runId, {
        logs: [],
        summary: `Run failed: ${message}`,
        error: message,
      });
      this.deps.progress.emit({
        type: 'finished',
        runId,
        userId,
        summary: `Run failed: ${message}`,
        status: 'failed',
      });
      throw error;
    }
    const summary = summariseRun(state);
    const finished = await finishRun(this.deps.prisma, runId, { logs: state.agentLogs, summary });
    this.noticeIfAiWentDown(userId);
    this.deps.progress.emit({ type: 'finished', runId, userId, summary, status: finished.status });
    return {
      runId,
      intent,
      status: finished.status as RunOutcome['status'],
      summary,
      itemIds: state.itemIds,
      proposalIds: state.proposalIds,
      errors: state.errors,
      agentLogs: state.agentLogs,
      plan: state.plan,
    };
  }

  private chooseMode(userId: string): 'llm' | 'heuristic' {
    const llm = this.deps.llm;
    if (!llm) return 'heuristic';
    if (llm.isAvailable()) {
      this.aiDownNoticeSent = false;
      return 'llm';
    }
    this.noticeIfAiWentDown(userId);
    return 'heuristic';
  }

  /** "AI unavailable, using basic rules": once per outage, not once per run. */
  private noticeIfAiWentDown(userId: string) {
    const llm = this.deps.llm;
    if (!llm || llm.isAvailable() || this.aiDownNoticeSent) return;
    this.aiDownNoticeSent = true;
    this.deps.progress.emit({ type: 'notice', userId, message: 'AI unavailable, using basic rules.' });
  }
}
