/** Item queries the orchestrator needs; agents get the results, never the client. */
import type { AgentItem } from '../../agents/agent-item.js';
import type { PrismaClient } from '../../db/generated/client.js';
import { isAnswered } from '../../domain/items/answered.js';
import { loadLastReplies } from './last-replies.js';
import { isOwnAssistantMail, toAgentItem } from './to-agent-item.js';

export async function loadItemsByIds(
  prisma: PrismaClient,
  userId: string,
  ids: string[],
): Promise<AgentItem[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.item.findMany({ where: { userId, id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, toAgentItem(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Mail not analysed yet, or changed since (content hash): the only mail a refresh looks at. */
export async function selectUnanalysedMail(
  prisma: PrismaClient,
  userId: string,
  limit: number,
): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string; headers: Record<string, unknown> }>>`
    SELECT i.id, i.headers FROM items i
      LEFT JOIN item_agent_metadata m ON m.item_id = i.id
     WHERE i.user_id = ${userId}::uuid AND i.kind = 'email' AND NOT i.archived
       AND (m.id IS NULL OR m.content_hash <> i.content_hash OR m.category IS NULL)
     ORDER BY i.received_at DESC NULLS LAST
     LIMIT ${limit}`;
  return rows.filter((r) => r.headers['x-ops-center'] === undefined).map((r) => r.id);
}

/** Mail worth planning around: recent, triaged, not a scam, asking for something, not answered since. */
export async function selectPlanCandidates(
  prisma: PrismaClient,
  userId: string,
  since: Date,
  userAddresses: string[],
): Promise<string[]> {
  const rows = await prisma.item.findMany({
    where: {
      userId,
      kind: 'email',
      archived: false,
      receivedAt: { gte: since },
      metadata: {
        isScam: false,
        OR: [{ needsReply: true }, { dueAt: { not: null } }, { importance: { gte: 4 } }],
      },
    },
    select: { id: true, threadId: true, receivedAt: true },
    orderBy: { receivedAt: 'desc' },
    take: 200,
  });
  const lastReplies = await loadLastReplies(
    prisma,
    userId,
    userAddresses,
    rows.map((r) => r.threadId),
  );
  return rows.filter((r) => !isAnswered(r, lastReplies)).map((r) => r.id);
}

export async function loadEvents(
  prisma: PrismaClient,
  userId: string,
  kind: 'event' | 'forecast',
  from: Date,
  to: Date,
): Promise<AgentItem[]> {
  const rows = await prisma.item.findMany({
    where: {
      userId,
      kind,
      archived: false,
      startAt: { lt: to },
      OR: [{ endAt: { gt: from } }, { endAt: null, startAt: { gte: from } }],
    },
    orderBy: { startAt: 'asc' },
    take: 2000,
  });
  return rows.map(toAgentItem).filter((item) => !isOwnAssistantMail(item));
}
