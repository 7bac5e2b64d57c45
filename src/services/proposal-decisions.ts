/**
 * What a button press does to a proposal, for every channel and the API
 * alike: ownership and version checked, one conditional transition, a
 * preference signal recorded. Approval hands the proposal to the executor.
 */
import type { ActionProposal, Prisma, PrismaClient } from '../db/generated/client.js';
import { transitionProposal } from '../db/proposals-repo.js';
import { AppError } from '../domain/errors.js';
import { parseProposalPayload } from '../domain/proposals/parse-payload.js';
import type { ProposalKind } from '../domain/proposals/payloads.js';
import { recordSignal, signalContext } from './record-signal.js';

/** The executor's entry point (src/executor/, a later issue); absent, approved proposals wait. */
export interface ApprovedProposalSink {
  execute(proposal: ActionProposal): Promise<ActionProposal>;
}

export interface DecisionDeps {
  prisma: PrismaClient;
  executor?: ApprovedProposalSink | undefined;
}

export interface Decider {
  userId: string;
  /** Who pressed, for the audit trail ("console:ada", "slack:U123"). */
  actor: string;
  timezone: string;
}

async function loadOwned(
  prisma: PrismaClient,
  proposalId: string,
  decider: Decider,
): Promise<ActionProposal> {
  const proposal = await prisma.actionProposal.findUnique({ where: { id: proposalId } });
  if (!proposal)
    throw new AppError('NOT_FOUND', `No proposal ${proposalId}`, {
      userMessage: 'This proposal no longer exists.',
    });
  if (proposal.userId !== decider.userId) {
    throw new AppError('FORBIDDEN', `Proposal ${proposalId} belongs to another user`, {
      userMessage: 'This is not yours to decide.',
    });
  }
  return proposal;
}

/** One decision: the conditional transition, then the preference signal it teaches. */
async function decide(
  deps: DecisionDeps,
  decider: Decider,
  input: {
    proposalId: string;
    version: number;
    event: 'approve' | 'reject' | 'edit';
    patch: Prisma.ActionProposalUpdateManyMutationInput;
    signal: 'approved' | 'rejected' | 'edited';
    reason?: string | undefined;
    diff?: unknown;
  },
): Promise<ActionProposal> {
  const proposal = await transitionProposal(deps.prisma, {
    id: input.proposalId,
    event: input.event,
    expectedVersion: input.version,
    patch: input.patch,
  });
  await recordSignal(deps.prisma, {
    userId: decider.userId,
    kind: input.signal,
    proposalId: proposal.id,
    itemId: proposal.itemId ?? undefined,
    context: await signalContext(deps.prisma, proposal, decider.timezone),
    reason: input.reason,
    diff: input.diff,
  });
  return proposal;
}

export type ApproveResult =
  | { outcome: 'needs_confirmation'; proposal: ActionProposal }
  | { outcome: 'approved'; proposal: ActionProposal };

export async function approveProposal(
  deps: DecisionDeps,
  decider: Decider,
  input: { proposalId: string; version: number; confirmed: boolean },
): Promise<ApproveResult> {
  const current = await loadOwned(deps.prisma, input.proposalId, decider);
  if (current.riskLevel === 'high' && !input.confirmed && current.status === 'pending') {
    return { outcome: 'needs_confirmation', proposal: current };
  }
  let proposal = await decide(deps, decider, {
    ...input,
    event: 'approve',
    patch: { decidedBy: decider.actor, decidedAt: new Date() },
    signal: 'approved',
  });
  if (deps.executor) proposal = await deps.executor.execute(proposal);
  return { outcome: 'approved', proposal };
}

export async function rejectProposal(
  deps: DecisionDeps,
  decider: Decider,
  input: { proposalId: string; version: number; reason?: string | undefined },
): Promise<ActionProposal> {
  await loadOwned(deps.prisma, input.proposalId, decider);
  return decide(deps, decider, {
    ...input,
    event: 'reject',
    patch: { decidedBy: decider.actor, decidedAt: new Date() },
    signal: 'rejected',
  });
}

/** Applies edited fields; the payload is validated again and the version bumped. */
export async function editProposal(
  deps: DecisionDeps,
  decider: Decider,
  input: { proposalId: string; version: number; changes: Record<string, unknown> },
): Promise<ActionProposal> {
  const current = await loadOwned(deps.prisma, input.proposalId, decider);
  const before = current.payload as Record<string, unknown>;
  const merged = { ...before, ...input.changes };
  const payload = parseProposalPayload(current.kind as ProposalKind, merged);
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(input.changes)) {
    if (JSON.stringify(before[key]) === JSON.stringify((payload as Record<string, unknown>)[key])) continue;
    diff.before[key] = before[key];
    diff.after[key] = (payload as Record<string, unknown>)[key];
  }
  return decide(deps, decider, {
    proposalId: input.proposalId,
    version: input.version,
    event: 'edit',
    patch: { payload: payload as Prisma.InputJsonValue },
    signal: 'edited',
    diff,
  });
}

/** The Retry button: a failed proposal runs again only on this new decision. */
export async function retryProposal(
  deps: DecisionDeps,
  decider: Decider,
  input: { proposalId: string; version: number },
): Promise<ActionProposal> {
  await loadOwned(deps.prisma, input.proposalId, decider);
  if (!deps.executor) {
    throw new AppError('INVALID_INPUT', 'No executor is configured', {
      userMessage: 'Nothing can be carried out yet: the executor is not part of this build.',
    });
  }
  const proposal = await transitionProposal(deps.prisma, {
    id: input.proposalId,
    event: 'retry',
    expectedVersion: input.version,
    patch: { decidedBy: decider.actor, decidedAt: new Date(), error: null },
  });
  return deps.executor.execute(proposal);
}
