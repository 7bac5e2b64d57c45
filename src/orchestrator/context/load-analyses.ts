/** Analyses already stored for items whose content has not changed since. */
import type { PrismaClient } from '../../db/generated/client.js';
import type { ActionType, TriageCategory } from '../../domain/analysis/triage.js';
import type { SafetyJson, SummaryJson, TriageJson } from '../graph/state.js';

export async function loadStoredAnalyses(prisma: PrismaClient, itemIds: string[]) {
  const triage: Record<string, TriageJson> = {};
  const safety: Record<string, SafetyJson> = {};
  const summaries: Record<string, SummaryJson> = {};
  if (itemIds.length === 0) return { triage, safety, summaries };
  const rows = await prisma.itemAgentMetadata.findMany({
    where: { itemId: { in: itemIds } },
    include: { item: { select: { contentHash: true } } },
  });
  for (const m of rows) {
    if (m.contentHash !== m.item.contentHash) continue;
    const produced = m.producedBy as Record<string, string>;
    const notes = m.annotations as {
      triage?: { reasons?: string[]; certain?: boolean };
      safety?: { promptInjection?: boolean; score?: number };
    };
    if (produced.triage && m.category) {
      triage[m.itemId] = {
        category: m.category as TriageCategory,
        importance: m.importance ?? 3,
        needsReply: m.needsReply,
        actionType: (m.actionType ?? 'none') as ActionType,
        dueAt: m.dueAt?.toISOString() ?? null,
        reasons: notes.triage?.reasons ?? [],
        certain: notes.triage?.certain ?? false,
      };
    }
    if (produced.safety) {
      safety[m.itemId] = {
        isScam: m.isScam,
        riskLevel: m.riskLevel,
        reasons: (m.riskReasons as string[]) ?? [],
        promptInjection: notes.safety?.promptInjection ?? false,
        score: notes.safety?.score ?? 0,
      };
    }
    if (produced.email && m.summary) {
      summaries[m.itemId] = { tldr: m.summary, bullets: (m.bullets as string[]) ?? [] };
    }
  }
  return { triage, safety, summaries };
}
