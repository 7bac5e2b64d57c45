import { AppError } from '../../domain/errors.js';
import type { FeatureContext } from '../bot-deps.js';
import { notice } from '../message/message-model.js';
import { refreshInbox } from './refresh-inbox.js';

export async function importFromChat(ctx: FeatureContext, args: string): Promise<void> {
  const path = args.trim();
  if (!path)
    throw new AppError('USAGE', 'no path', {
      userMessage: 'Usage: /import PATH (an mbox, a folder of mail files or an .ics file).',
    });
  if (!ctx.deps.importLocal || ctx.channel !== 'terminal') {
    throw new AppError('USAGE', 'import from chat only in the terminal', {
      userMessage: 'Importing files works from the terminal only.',
    });
  }
  await ctx.replies.send(notice(await ctx.deps.importLocal(ctx.user.id, path)));
  await refreshInbox(ctx);
}
