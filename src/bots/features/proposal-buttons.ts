/** Approve, confirm, reject, edit and retry on a proposal card or plan block. */
import { approveProposal, rejectProposal, retryProposal } from '../../services/proposal-decisions.js';
import type { FeatureContext } from '../bot-deps.js';
import type { SentMessageRef } from '../channel.js';
import type { OutboundMessage } from '../message/message-model.js';
import { notice } from '../message/message-model.js';
import type { UiAction } from '../message/ui-action.js';
import type { EditConversations } from './edit-conversation.js';
import { liveCard } from './proposal-view.js';

type ProposalAction = Extract<UiAction, { type: 'proposal' }>;

function confirmation(action: ProposalAction, title: string, reasons: string[]): OutboundMessage {
  const ref = { type: 'proposal' as const, proposalId: action.proposalId, version: action.version };
  return {
    kind: 'proposal_card',
    fallbackText: `High risk: confirm ${title}`,
    blocks: [
      { type: 'paragraph', content: [{ text: 'This proposal is high risk. ', bold: true }, title] },
      { type: 'bullets', items: reasons.slice(0, 4).map((r) => [r]) },
      {
        type: 'buttons',
        buttons: [
          { label: 'Approve anyway', style: 'danger', action: { ...ref, op: 'confirm_approve' } },
          { label: 'Reject', action: { ...ref, op: 'reject' } },
        ],
      },
    ],
  };
}

export async function handleProposalAction(
  ctx: FeatureContext,
  action: ProposalAction,
  message: SentMessageRef | undefined,
  edits: EditConversations,
): Promise<void> {
  const decider = {
    userId: ctx.user.id,
    actor: `${ctx.identity.platform}:${ctx.identity.externalUserId}`,
    timezone: ctx.user.timezone,
  };
  const deps = ctx.deps.decisions;
  const input = { proposalId: action.proposalId, version: action.version };
  switch (action.op) {
    case 'approve':
    case 'confirm_approve': {
      const result = await approveProposal(deps, decider, {
        ...input,
        confirmed: action.op === 'confirm_approve',
      });
      if (result.outcome === 'needs_confirmation') {
        await ctx.replies.send(
          confirmation(action, result.proposal.title, (result.proposal.riskReasons as string[]) ?? []),
        );
        return;
      }
      break;
    }
    case 'reject':
      await rejectProposal(deps, decider, input);
      break;
    case 'retry':
      await retryProposal(deps, decider, input);
      break;
    case 'edit':
      await edits.start(ctx, action.proposalId, action.version, message);
      return;
  }
  // The card (or plan) the button was on shows the new state; a confirmation prompt gets a fresh card.
  if (!(await ctx.refresh(message)) || action.op === 'confirm_approve') {
    await ctx.postLive(liveCard(ctx.deps.prisma, action.proposalId, ctx.user.timezone));
  }
  if (!deps.executor && (action.op === 'approve' || action.op === 'confirm_approve')) {
    await ctx.replies.send(
      notice('Approved. Carrying it out needs the executor, which this build does not have yet.'),
    );
  }
}
