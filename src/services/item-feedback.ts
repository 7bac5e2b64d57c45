/** "Mark safe" and "Confirm scam": the user's word on a flagged mail overrides the safety agent. */
import type { PrismaClient } from '../db/generated/client.js';
import { AppError } from '../domain/errors.js';
import { recordSignal } from './record-signal.js';

export async function markItemSafety(
  prisma: PrismaClient,
  input: { userId: string; itemId: string; verdict: 'safe' | 'scam' },
): Promise<void> {
  const item = await prisma.item.findFirst({
    where: { id: input.itemId, userId: input.userId },
    include: { metadata: true },
  });
  if (!item)
    throw new AppError('NOT_FOUND', `No item ${input.itemId}`, {
      userMessage: 'That message is no longer here.',
    });
  const safe = input.verdict === 'safe';
  const reasons = safe ? ['You marked this sender as safe.'] : ['You confirmed this is a scam.'];
  await prisma.itemAgentMetadata.upsert({
    where: { itemId: item.id },
    create: {
      itemId: item.id,
      contentHash: item.contentHash,
      isScam: !safe,
      riskLevel: safe ? 'low' : 'high',
      riskReasons: reasons,
      category: safe ? null : 'spam_scam',
    },
    update: {
      isScam: !safe,
      riskLevel: safe ? 'low' : 'high',
      riskReasons: reasons,
      ...(safe ? {} : { category: 'spam_scam', needsReply: false }),
    },
  });
  if (safe && item.fromAddress) await addTrustedSender(prisma, input.userId, item.fromAddress.toLowerCase());
  await recordSignal(prisma, {
    userId: input.userId,
    kind: safe ? 'marked_safe' : 'confirmed_scam',
    itemId: item.id,
    context: { sender: item.fromAddress, category: item.metadata?.category },
  });
}

async function addTrustedSender(prisma: PrismaClient, userId: string, sender: string) {
  const row = await prisma.userPreference.findUnique({
    where: { userId_key: { userId, key: 'trustedSenders' } },
  });
  const current = Array.isArray(row?.value) ? (row.value as string[]) : [];
  if (current.includes(sender)) return;
  await prisma.userPreference.upsert({
    where: { userId_key: { userId, key: 'trustedSenders' } },
    create: { userId, key: 'trustedSenders', value: [sender], source: 'user' },
    update: { value: [...current, sender], source: 'user' },
  });
}
