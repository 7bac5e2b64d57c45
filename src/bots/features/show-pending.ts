import type { FeatureContext } from '../bot-deps.js';
import { notice } from '../message/message-model.js';
import { liveCard } from './proposal-view.js';

const MAX_CARDS = 15;

export async function showPending(ctx: FeatureContext): Promise<void> {
  const pending = await ctx.deps.prisma.actionProposal.findMany({
    where: { userId: ctx.user.id, status: 'pending' },
    orderBy: { createdAt: 'desc' },
    take: MAX_CARDS + 1,
    select: { id: true },
  });
  if (pending.length === 0) {
    await ctx.replies.send(notice('Nothing is waiting for your decision.'));
    return;
  }
  for (const p of pending.slice(0, MAX_CARDS))
    await ctx.postLive(liveCard(ctx.deps.prisma, p.id, ctx.user.timezone));
  if (pending.length > MAX_CARDS)
    await ctx.replies.send(notice(`Showing the newest ${MAX_CARDS}; decide these to see more.`));
}
