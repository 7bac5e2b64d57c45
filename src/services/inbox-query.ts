/** The inbox as the digest shows it: today's mail plus what still needs the user. */
import type { InboxEntry } from '../bots/presenter/inbox-digest.js';
import type { PrismaClient } from '../db/generated/client.js';
import { isAnswered } from '../domain/items/answered.js';
import { localDateOf, zonedTimeToInstant } from '../domain/time/local-time.js';
import { loadLastReplies } from '../orchestrator/context/last-replies.js';
import { loadUserAddresses } from '../orchestrator/context/load-user-context.js';

const LOOKBACK_DAYS = 7;

export async function listInbox(
  prisma: PrismaClient,
  userId: string,
  options: { now: Date; timezone: string; days?: number },
): Promise<InboxEntry[]> {
  const midnight = zonedTimeToInstant(localDateOf(options.now, options.timezone), '00:00', options.timezone);
  const since = new Date(options.now.getTime() - (options.days ?? LOOKBACK_DAYS) * 86_400_000);
  const rows = await prisma.item.findMany({
    where: {
      userId,
      kind: 'email',
      archived: false,
      receivedAt: { gte: since },
      metadata: { isNot: null },
      // Older mail only while it still asks for something.
      OR: [
        { receivedAt: { gte: midnight } },
        {
          metadata: {
            OR: [
              { needsReply: true },
              { dueAt: { gte: midnight } },
              { isScam: true },
              { importance: { gte: 4 } },
            ],
          },
        },
      ],
    },
    include: { metadata: true, account: { select: { label: true } } },
    orderBy: { receivedAt: 'desc' },
    take: 200,
  });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { accounts: true } });
  const lastReplies = await loadLastReplies(
    prisma,
    userId,
    await loadUserAddresses(prisma, user),
    rows.map((r) => r.threadId),
  );
  const entries = rows
    .filter((r) => (r.headers as Record<string, unknown>)['x-ops-center'] === undefined)
    .map(
      (r): InboxEntry => ({
        itemId: r.id,
        subject: r.subject,
        fromName: r.fromName,
        fromAddress: r.fromAddress,
        receivedAt: r.receivedAt,
        accountLabel: r.account.label,
        category: r.metadata?.category ?? null,
        importance: r.metadata?.importance ?? null,
        // Answered since it was triaged: it no longer waits on the user.
        needsReply: (r.metadata?.needsReply ?? false) && !isAnswered(r, lastReplies),
        dueAt: r.metadata?.dueAt ?? null,
        isScam: r.metadata?.isScam ?? false,
        riskReasons: (r.metadata?.riskReasons as string[] | undefined) ?? [],
        tldr: r.metadata?.summary ?? null,
      }),
    );
  return entries.sort(
    (a, b) =>
      (b.importance ?? 0) - (a.importance ?? 0) ||
      Number(b.needsReply) - Number(a.needsReply) ||
      (b.receivedAt?.getTime() ?? 0) - (a.receivedAt?.getTime() ?? 0),
  );
}
