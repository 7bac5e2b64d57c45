/** orchestrator_runs and agent_run_logs: what ran, with which brain, and how it went. */
import type { AgentName, Intent } from '../agents/agent.js';
import type { Prisma, PrismaClient } from '../db/generated/client.js';
import type { AgentLogEntry, RunInput } from './graph/state.js';

export async function createRun(
  prisma: PrismaClient,
  run: { id: string; userId: string; intent: Intent; input: RunInput; mode: 'llm' | 'heuristic' },
) {
  return prisma.orchestratorRun.create({
    data: {
      id: run.id,
      userId: run.userId,
      intent: run.intent,
      input: run.input as Prisma.InputJsonValue,
      mode: run.mode,
    },
  });
}

export async function finishRun(
  prisma: PrismaClient,
  runId: string,
  outcome: { logs: AgentLogEntry[]; summary: string; error?: string },
) {
  const failed = outcome.logs.filter((l) => l.status === 'error').length;
  const ran = outcome.logs.filter((l) => l.status !== 'skipped').length;
  const status = outcome.error
    ? 'failed'
    : failed === 0
      ? 'succeeded'
      : failed === ran
        ? 'failed'
        : 'partial';
  return prisma.orchestratorRun.update({
    where: { id: runId },
    data: { status, summary: outcome.summary, error: outcome.error ?? null, finishedAt: new Date() },
  });
}

export async function recordAgentRun(
  prisma: PrismaClient,
  entry: {
    runId: string;
    userId: string;
    agent: AgentName;
    status: AgentLogEntry['status'];
    mode: string;
    itemsIn: number;
    proposalsOut: number;
    promptTokens: number;
    completionTokens: number;
    llmCalls: number;
    startedAt: Date;
    error?: string | undefined;
    notes?: string[];
  },
) {
  await prisma.agentRunLog.create({
    data: {
      runId: entry.runId,
      userId: entry.userId,
      agent: entry.agent,
      status: entry.status,
      mode: entry.mode,
      itemsIn: entry.itemsIn,
      proposalsOut: entry.proposalsOut,
      promptTokens: entry.promptTokens,
      completionTokens: entry.completionTokens,
      llmCalls: entry.llmCalls,
      latencyMs: Date.now() - entry.startedAt.getTime(),
      error: entry.error ?? null,
      details: { notes: (entry.notes ?? []).slice(0, 50) },
      startedAt: entry.startedAt,
      finishedAt: new Date(),
    },
  });
}
