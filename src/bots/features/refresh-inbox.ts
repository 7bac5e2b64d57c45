import type { FeatureContext } from '../bot-deps.js';
import { runIntent } from './run-intent.js';
import { showInbox } from './show-inbox.js';

/** Analyses new mail, then shows the inbox (scams first). */
export async function refreshInbox(ctx: FeatureContext): Promise<void> {
  await runIntent(ctx, 'refresh_inbox');
  await showInbox(ctx);
}
