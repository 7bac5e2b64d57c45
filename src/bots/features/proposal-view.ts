import type { ActionProposal, PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../../domain/errors.js';
import type { ProposalKind } from '../../domain/proposals/payloads.js';
import type { OutboundMessage } from '../message/message-model.js';
import { type ProposalView, presentProposalCard } from '../presenter/proposal-card.js';

export function toProposalView(p: ActionProposal): ProposalView {
  return {
    id: p.id,
    kind: p.kind as ProposalKind,
    payload: p.payload,
    status: p.status,
    version: p.version,
    title: p.title,
    riskLevel: p.riskLevel,
    riskReasons: (p.riskReasons as string[]) ?? [],
    error: p.error,
  };
}

/** A card rendered from the proposal as it is now in the database. */
export function liveCard(prisma: PrismaClient, proposalId: string, timezone: string) {
  return async (): Promise<OutboundMessage> => {
    const p = await prisma.actionProposal.findUnique({ where: { id: proposalId } });
    if (!p)
      throw new AppError('NOT_FOUND', `proposal ${proposalId} vanished`, {
        userMessage: 'This proposal no longer exists.',
      });
    return presentProposalCard(toProposalView(p), timezone);
  };
}
