import type { RunView } from '../bots/presenter/run-list.js';
import type { PrismaClient } from '../db/generated/client.js';

export async function listRecentRuns(prisma: PrismaClient, userId: string, limit = 5): Promise<RunView[]> {
  const runs = await prisma.orchestratorRun.findMany({
    where: { userId },
    orderBy: { startedAt: 'desc' },
    take: limit,
    include: { agentRuns: { orderBy: { startedAt: 'asc' } } },
  });
  return runs.map((r) => ({
    intent: r.intent,
    status: r.status,
    mode: r.mode,
    summary: r.summary,
    startedAt: r.startedAt,
    agents: r.agentRuns.map((a) => ({
      agent: a.agent,
      status: a.status,
      mode: a.mode,
      tokens: a.promptTokens + a.completionTokens,
      error: a.error,
    })),
  }));
}
