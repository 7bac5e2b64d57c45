import type { FeatureContext } from '../bot-deps.js';
import { runIntent } from './run-intent.js';
import { showInbox } from './show-inbox.js';

/** Analyses new mail, then shows the inbox and any scam found. */
export async function refreshInbox(ctx: FeatureContext): Promise<void> {
  const outcome = await runIntent(ctx, 'refresh_inbox');
  if (outcome.itemIds.length > 0) await showInbox(ctx);
}
