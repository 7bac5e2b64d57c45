import type { PrismaClient } from '../../db/generated/client.js';

/** For each of the given threads, when the user last wrote in it. */
export async function loadLastReplies(
  prisma: PrismaClient,
  userId: string,
  userAddresses: string[],
  threadIds: Array<string | null>,
): Promise<Map<string, Date>> {
  const threads = [...new Set(threadIds.filter((t): t is string => Boolean(t)))];
  if (threads.length === 0 || userAddresses.length === 0) return new Map();
  const rows = await prisma.$queryRaw<Array<{ thread_id: string; last: Date }>>`
    SELECT thread_id, max(received_at) AS last FROM items
     WHERE user_id = ${userId}::uuid AND kind = 'email' AND thread_id = ANY(${threads}::text[])
       AND lower(from_address) = ANY(${userAddresses.map((a) => a.toLowerCase())}::text[])
       AND received_at IS NOT NULL
     GROUP BY thread_id`;
  return new Map(rows.map((r) => [r.thread_id, r.last]));
}
