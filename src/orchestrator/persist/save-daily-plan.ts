import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { DailyPlanContent } from '../../domain/plan.js';

/** One plan per user and local date; planning the day again replaces it. */
export async function saveDailyPlan(
  prisma: PrismaClient,
  input: { userId: string; runId: string; plan: DailyPlanContent; summary: string },
) {
  const date = new Date(`${input.plan.date}T00:00:00Z`);
  const plan = input.plan as unknown as Prisma.InputJsonValue;
  return prisma.dailyPlan.upsert({
    where: { userId_date: { userId: input.userId, date } },
    create: { userId: input.userId, date, plan, summary: input.summary, runId: input.runId },
    update: { plan, summary: input.summary, runId: input.runId },
  });
}
