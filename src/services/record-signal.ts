/** Preference signals: the user's decisions, kept for the preference agent to learn from. */
import { getDomain } from 'tldts';
import type { ActionProposal, Prisma, PrismaClient } from '../db/generated/client.js';
import { localPartsOf } from '../domain/time/local-time.js';

export type SignalKind = 'approved' | 'rejected' | 'edited' | 'marked_safe' | 'confirmed_scam';

/** What the decision was about, denormalised so learning needs no joins. */
export async function signalContext(
  prisma: PrismaClient,
  proposal: Pick<ActionProposal, 'kind' | 'payload' | 'itemId'>,
  timezone: string,
): Promise<Record<string, unknown>> {
  const context: Record<string, unknown> = { kind: proposal.kind };
  const payload = proposal.payload as { start?: string; end?: string };
  if (payload.start && payload.end) {
    context.durationMinutes = Math.round((Date.parse(payload.end) - Date.parse(payload.start)) / 60_000);
    context.startHour = localPartsOf(new Date(payload.start), timezone).hour;
  }
  if (proposal.itemId) {
    const item = await prisma.item.findUnique({
      where: { id: proposal.itemId },
      include: { metadata: true },
    });
    if (item?.fromAddress) {
      context.sender = item.fromAddress;
      context.senderDomain = getDomain(item.fromAddress.split('@')[1] ?? '') ?? undefined;
    }
    if (item?.metadata?.category) context.category = item.metadata.category;
  }
  return context;
}

export async function recordSignal(
  prisma: PrismaClient,
  signal: {
    userId: string;
    kind: SignalKind;
    proposalId?: string | undefined;
    itemId?: string | undefined;
    context: Record<string, unknown>;
    reason?: string | undefined;
    diff?: unknown;
  },
): Promise<void> {
  await prisma.preferenceSignal.create({
    data: {
      userId: signal.userId,
      signal: signal.kind,
      proposalId: signal.proposalId ?? null,
      itemId: signal.itemId ?? null,
      context: signal.context as Prisma.InputJsonValue,
      reason: signal.reason ?? null,
      ...(signal.diff === undefined ? {} : { diff: signal.diff as Prisma.InputJsonValue }),
    },
  });
}
