/** Buttons on a mail: run an intent on it, show its details, or correct the scam verdict. */
import { getItemDetails } from '../../services/item-details-query.js';
import { markItemSafety } from '../../services/item-feedback.js';
import type { FeatureContext } from '../bot-deps.js';
import { notice } from '../message/message-model.js';
import type { UiAction } from '../message/ui-action.js';
import { presentItemDetails } from '../presenter/item-details.js';
import { liveCard } from './proposal-view.js';
import { runIntent } from './run-intent.js';

type ItemAction = Extract<UiAction, { type: 'item' }>;

export async function handleItemAction(ctx: FeatureContext, action: ItemAction): Promise<void> {
  const { prisma } = ctx.deps;
  const tz = ctx.user.timezone;
  switch (action.op) {
    case 'details': {
      // Analysis is cached by content hash: this costs nothing when the mail is unchanged.
      await runIntent(ctx, 'handle_item', { itemId: action.itemId });
      await ctx.replies.send(
        presentItemDetails(await getItemDetails(prisma, ctx.user.id, action.itemId), tz),
      );
      return;
    }
    case 'draft_reply':
    case 'schedule_event': {
      const outcome = await runIntent(ctx, action.op, { itemId: action.itemId });
      if (outcome.proposalIds.length === 0) {
        await ctx.replies.send(
          notice(
            action.op === 'draft_reply'
              ? 'No draft was proposed for this mail.'
              : 'I found no meeting to add from this mail.',
          ),
        );
      }
      for (const id of outcome.proposalIds) await ctx.postLive(liveCard(prisma, id, tz));
      return;
    }
    case 'mark_safe':
    case 'confirm_scam': {
      await markItemSafety(prisma, {
        userId: ctx.user.id,
        itemId: action.itemId,
        verdict: action.op === 'mark_safe' ? 'safe' : 'scam',
      });
      await ctx.replies.send(
        notice(
          action.op === 'mark_safe'
            ? 'Marked safe. I will not flag this sender again.'
            : 'Thanks: kept as a scam. Do not click its links.',
        ),
      );
      return;
    }
  }
}
