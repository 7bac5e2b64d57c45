/** Runs an intent for the user, streaming its progress into one updated message. */
import type { Intent } from '../../agents/agent.js';
import type { RunInput } from '../../orchestrator/graph/state.js';
import type { RunOutcome } from '../../orchestrator/orchestrator.js';
import type { FeatureContext } from '../bot-deps.js';
import type { OutboundMessage } from '../message/message-model.js';

function progressMessage(text: string): OutboundMessage {
  return { kind: 'run_progress', fallbackText: text, blocks: [{ type: 'context', text }] };
}

export async function runIntent(
  ctx: FeatureContext,
  intent: Intent,
  input: RunInput = {},
): Promise<RunOutcome> {
  const { deps, user } = ctx;
  const ref = await ctx.replies.send(progressMessage('Working...'));
  let updates = Promise.resolve();
  const unsubscribe = deps.progress.subscribe((event) => {
    if (event.userId !== user.id) return;
    if (event.type === 'progress')
      updates = updates.then(() => ctx.replies.update(ref, progressMessage(event.message)));
    if (event.type === 'notice')
      updates = updates.then(async () => void (await ctx.replies.send(progressMessage(event.message))));
  });
  try {
    const outcome = await deps.orchestrator.run(user.id, intent, input);
    await updates;
    const failed = outcome.errors.map((e) => e.agent);
    const tail = failed.length ? ` Some agents failed (${failed.join(', ')}); /runs shows why.` : '';
    await ctx.replies.update(ref, progressMessage(`Done: ${outcome.summary}.${tail}`));
    return outcome;
  } finally {
    unsubscribe();
  }
}
