import type { ItemDetailsView } from '../bots/presenter/item-details.js';
import type { PrismaClient } from '../db/generated/client.js';
import { AppError } from '../domain/errors.js';

export async function getItemDetails(
  prisma: PrismaClient,
  userId: string,
  itemId: string,
): Promise<ItemDetailsView> {
  const item = await prisma.item.findFirst({ where: { id: itemId, userId }, include: { metadata: true } });
  if (!item)
    throw new AppError('NOT_FOUND', `No item ${itemId} for user ${userId}`, {
      userMessage: 'That message is no longer here.',
    });
  const m = item.metadata;
  const annotations = (m?.annotations ?? {}) as { triage?: { reasons?: string[] } };
  return {
    itemId: item.id,
    subject: item.subject,
    from: item.fromName ? `${item.fromName} <${item.fromAddress}>` : (item.fromAddress ?? 'unknown'),
    receivedAt: item.receivedAt,
    category: m?.category ?? null,
    importance: m?.importance ?? null,
    needsReply: m?.needsReply ?? false,
    dueAt: m?.dueAt ?? null,
    summary: m?.summary ?? null,
    bullets: (m?.bullets as string[] | undefined) ?? [],
    isScam: m?.isScam ?? false,
    riskLevel: m?.riskLevel ?? 'low',
    riskReasons: (m?.riskReasons as string[] | undefined) ?? [],
    triageReasons: annotations.triage?.reasons ?? [],
  };
}
