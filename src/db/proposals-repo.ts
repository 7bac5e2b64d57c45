/**
 * The proposal store. Every status change is one conditional UPDATE naming the
 * expected status and version: of two concurrent decisions only one matches.
 */
import { AppError } from '../domain/errors.js';
import { proposalIdempotencyKey } from '../domain/proposals/idempotency-key.js';
import { parseProposalPayload } from '../domain/proposals/parse-payload.js';
import type { ProposalDraft } from '../domain/proposals/payloads.js';
import {
  IllegalTransitionError,
  type ProposalEvent,
  type ProposalStatus,
  proposalTransitions,
} from '../domain/proposals/state-machine.js';
import type { ActionProposal, Prisma, PrismaClient } from './generated/client.js';

export type { ActionProposal };

export interface SaveProposalsInput {
  userId: string;
  intent: string;
  agent: string;
  runId?: string | undefined;
  proposals: ProposalDraft[];
}

/** Stores proposals; one already stored under the same idempotency key is returned, not duplicated. */
export async function saveProposals(
  prisma: PrismaClient,
  input: SaveProposalsInput,
): Promise<Array<{ proposal: ActionProposal; created: boolean }>> {
  const out: Array<{ proposal: ActionProposal; created: boolean }> = [];
  for (const draft of input.proposals) {
    const payload = parseProposalPayload(draft.kind, draft.payload);
    const idempotencyKey = proposalIdempotencyKey({
      userId: input.userId,
      intent: input.intent,
      kind: draft.kind,
      itemId: draft.itemId,
      discriminator: draft.discriminator,
    });
    const created = await prisma.actionProposal.createManyAndReturn({
      data: [
        {
          userId: input.userId,
          itemId: draft.itemId ?? null,
          kind: draft.kind,
          payload: payload as Prisma.InputJsonValue,
          title: draft.title,
          agent: input.agent,
          runId: input.runId ?? null,
          riskLevel: draft.riskLevel ?? 'low',
          riskReasons: draft.riskReasons ?? [],
          idempotencyKey,
        },
      ],
      skipDuplicates: true,
    });
    const first = created[0];
    if (first) out.push({ proposal: first, created: true });
    else {
      const existing = await prisma.actionProposal.findUniqueOrThrow({ where: { idempotencyKey } });
      out.push({ proposal: existing, created: false });
    }
  }
  return out;
}

export interface TransitionInput {
  id: string;
  event: ProposalEvent;
  /** The version the decider saw; a newer one means someone else changed it. */
  expectedVersion: number;
  /** Fields written together with the status change. */
  patch?: Prisma.ActionProposalUpdateManyMutationInput;
}

export class StaleVersionError extends AppError {
  constructor(id: string, expected: number, actual: number) {
    super('STALE_VERSION', `Proposal ${id} is at version ${actual}, not ${expected}`, {
      userMessage: 'This proposal changed since it was shown to you. Look at the latest version.',
      details: { id, expected, actual },
    });
  }
}

export async function transitionProposal(
  prisma: PrismaClient,
  input: TransitionInput,
): Promise<ActionProposal> {
  const rule = proposalTransitions[input.event];
  const [updated] = await prisma.actionProposal.updateManyAndReturn({
    where: {
      id: input.id,
      version: input.expectedVersion,
      status: { in: [...rule.from] as ProposalStatus[] },
    },
    data: { ...input.patch, status: rule.to, version: { increment: 1 } },
  });
  if (updated) return updated;
  const current = await prisma.actionProposal.findUnique({ where: { id: input.id } });
  if (!current) {
    throw new AppError('NOT_FOUND', `No proposal ${input.id}`, {
      userMessage: 'This proposal no longer exists.',
    });
  }
  // Lost the race or asked for something impossible: say which.
  if (!(rule.from as readonly string[]).includes(current.status)) {
    throw new IllegalTransitionError(current.status, input.event);
  }
  throw new StaleVersionError(input.id, input.expectedVersion, current.version);
}
