import { AppError } from '../../domain/errors.js';
import type { DailyPlanContent } from '../../domain/plan.js';
import type { FeatureContext } from '../bot-deps.js';
import { presentDailyPlan } from '../presenter/daily-plan.js';
import { runIntent } from './run-intent.js';

/** Plans the day (today, or the YYYY-MM-DD given) and shows it with its blocks to approve. */
export async function planDay(ctx: FeatureContext, args: string): Promise<void> {
  const date = args.trim() || undefined;
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new AppError('INVALID_INPUT', `bad date ${date}`, {
      userMessage: 'Give the day as YYYY-MM-DD, e.g. /plan-day 2026-11-26.',
    });
  }
  const outcome = await runIntent(ctx, 'plan_day', { date });
  if (!outcome.plan) return;
  const planDate = outcome.plan.date;
  await ctx.postLive(() => renderStoredPlan(ctx, planDate));
}

export async function renderStoredPlan(ctx: FeatureContext, date: string) {
  const { prisma } = ctx.deps;
  const row = await prisma.dailyPlan.findUnique({
    where: { userId_date: { userId: ctx.user.id, date: new Date(`${date}T00:00:00Z`) } },
  });
  if (!row)
    throw new AppError('NOT_FOUND', `no plan for ${date}`, {
      userMessage: `There is no plan for ${date} yet.`,
    });
  const plan = row.plan as unknown as DailyPlanContent;
  const ids = plan.blocks.flatMap((b) => (b.proposalId ? [b.proposalId] : []));
  const proposals = await prisma.actionProposal.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, version: true },
  });
  return presentDailyPlan(plan, row.summary, new Map(proposals.map((p) => [p.id, p])));
}
