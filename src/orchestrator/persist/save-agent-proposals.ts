/**
 * Stores what an agent proposed, after the safety agent's risk check on each
 * proposal. High-risk proposals are auto-rejected when the user asked for it.
 */
import type { AgentContext, AgentName } from '../../agents/agent.js';
import { assessProposalRisk } from '../../agents/safety/assess-proposal-risk.js';
import { saveProposals, transitionProposal } from '../../db/proposals-repo.js';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import type { OrchestratorDeps } from '../orchestrator-deps.js';

export async function saveAgentProposals(
  agent: AgentName,
  drafts: ProposalDraft[],
  context: AgentContext,
  deps: OrchestratorDeps,
): Promise<Array<{ id: string; draft: ProposalDraft }>> {
  if (drafts.length === 0) return [];
  const items = new Map(context.items.map((i) => [i.id, i]));
  const assessed = drafts.map((draft) => {
    const item = draft.itemId ? items.get(draft.itemId) : undefined;
    const verdict = draft.itemId ? context.analyses.safety.get(draft.itemId) : undefined;
    const risk = assessProposalRisk(draft, { item, verdict, userAddresses: context.user.addresses });
    const reasons = [...new Set([...(draft.riskReasons ?? []), ...risk.reasons])];
    const level = maxRisk(draft.riskLevel ?? 'low', risk.riskLevel);
    return { ...draft, riskLevel: level, riskReasons: reasons } as ProposalDraft;
  });
  const saved = await saveProposals(deps.prisma, {
    userId: context.user.id,
    intent: context.intent,
    agent,
    runId: context.runId,
    proposals: assessed,
  });
  if (context.preferences.autoRejectHighRisk) {
    for (const { proposal, created } of saved) {
      if (!created || proposal.riskLevel !== 'high') continue;
      await transitionProposal(deps.prisma, {
        id: proposal.id,
        event: 'reject',
        expectedVersion: proposal.version,
        patch: { decidedBy: 'auto:high-risk', decidedAt: new Date() },
      });
    }
  }
  return saved.map((s, i) => ({ id: s.proposal.id, draft: assessed[i]! }));
}

const order = { low: 0, medium: 1, high: 2 } as const;
function maxRisk(a: keyof typeof order, b: keyof typeof order): keyof typeof order {
  return order[a] >= order[b] ? a : b;
}
