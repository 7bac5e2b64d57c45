import { listInbox } from '../../services/inbox-query.js';
import type { FeatureContext } from '../bot-deps.js';
import { presentInboxDigest } from '../presenter/inbox-digest.js';

export async function showInbox(ctx: FeatureContext): Promise<void> {
  const { prisma } = ctx.deps;
  const tz = ctx.user.timezone;
  await ctx.postLive(async () =>
    presentInboxDigest(await listInbox(prisma, ctx.user.id, { now: ctx.deps.now(), timezone: tz }), tz),
  );
}
