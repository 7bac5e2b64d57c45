import { listRecentRuns } from '../../services/runs-query.js';
import type { FeatureContext } from '../bot-deps.js';
import { presentRunList } from '../presenter/run-list.js';

export async function showRuns(ctx: FeatureContext): Promise<void> {
  const runs = await listRecentRuns(ctx.deps.prisma, ctx.user.id);
  await ctx.replies.send(presentRunList(runs, ctx.user.timezone));
}
