/**
 * Routes inbound chat events to features, for every channel. The single error
 * boundary: an AppError becomes its user message, anything else a generic
 * apology (the details go to the log, never to the chat).
 */
import { isAppError } from '../domain/errors.js';
import { resolveChatUser } from '../services/resolve-chat-user.js';
import type { BotDeps, FeatureContext } from './bot-deps.js';
import type { ChannelName, ChannelReplies, InboundEvent, InboundHandler, SentMessageRef } from './channel.js';
import { EditConversations } from './features/edit-conversation.js';
import { importFromChat } from './features/import-local.js';
import { handleItemAction } from './features/item-buttons.js';
import { planDay } from './features/plan-day.js';
import { handleProposalAction } from './features/proposal-buttons.js';
import { refreshInbox } from './features/refresh-inbox.js';
import { showInbox } from './features/show-inbox.js';
import { showPending } from './features/show-pending.js';
import { showRuns } from './features/show-runs.js';
import { LiveMessages } from './live-messages.js';
import { notice } from './message/message-model.js';
import { uiActionSchema } from './message/ui-action.js';
import { presentHelp } from './presenter/help.js';

type Command = (ctx: FeatureContext, args: string) => Promise<void>;

export function createDispatcher(deps: BotDeps, channel: ChannelName): InboundHandler {
  const live = new LiveMessages();
  const edits = new EditConversations();
  const commands: Record<string, Command> = {
    help: async (ctx) => void (await ctx.replies.send(presentHelp({ brain: deps.brain(), channel }))),
    start: async (ctx) => void (await ctx.replies.send(presentHelp({ brain: deps.brain(), channel }))),
    inbox: (ctx) => showInbox(ctx),
    'plan-day': (ctx, args) => planDay(ctx, args),
    pending: (ctx) => showPending(ctx),
    runs: (ctx) => showRuns(ctx),
    refresh: (ctx) => refreshInbox(ctx),
    import: (ctx, args) => importFromChat(ctx, args),
    cancel: async (ctx) =>
      void (await ctx.replies.send(
        notice(edits.cancel(ctx) ? 'Edit cancelled; nothing changed.' : 'Nothing to cancel.'),
      )),
  };

  function context(
    event: InboundEvent,
    replies: ChannelReplies,
    user: FeatureContext['user'],
  ): FeatureContext {
    return {
      deps,
      user,
      identity: event.identity,
      channel,
      replies,
      async postLive(render) {
        const ref = await replies.send(await render());
        live.register(ref, render);
        return ref;
      },
      async refresh(ref: SentMessageRef | undefined) {
        const render = ref ? live.renderer(ref) : undefined;
        if (!ref || !render) return false;
        await replies.update(ref, await render());
        return true;
      },
    };
  }

  return async (event, replies) => {
    const log = deps.logger.child({ channel, platform: event.identity.platform, kind: event.kind });
    try {
      const user = await resolveChatUser(deps.prisma, event.identity, { localUserId: deps.localUserId });
      if (!user) {
        log.warn(
          { externalUserId: event.identity.externalUserId },
          'message from an unlinked identity refused',
        );
        await replies.send(notice('This is a private assistant. Ask its owner for a link code.'));
        return;
      }
      const ctx = context(event, replies, user);
      if (event.kind === 'command') {
        const command = commands[event.command];
        if (!command) {
          await replies.send(notice(`Unknown command /${event.command}. Type /help for the list.`));
          return;
        }
        if (event.command !== 'cancel' && edits.cancel(ctx)) await replies.send(notice('(Edit cancelled.)'));
        await command(ctx, event.args);
        return;
      }
      if (event.kind === 'text') {
        if (edits.isEditing(ctx)) await edits.answer(ctx, event.text);
        else await replies.send(notice('Type /help to see what I can do.'));
        return;
      }
      // Callbacks can be forged or stale: validate the shape again before acting.
      const parsed = uiActionSchema.safeParse(event.action);
      if (!parsed.success) {
        log.warn('malformed button action refused');
        await replies.send(notice('That button is not valid any more.'));
        return;
      }
      const action = parsed.data;
      if (action.type === 'proposal') await handleProposalAction(ctx, action, event.message, edits);
      else if (action.type === 'item') await handleItemAction(ctx, action);
      else await commands[action.command === 'plan_day' ? 'plan-day' : action.command]!(ctx, '');
    } catch (error) {
      if (isAppError(error)) {
        log.info({ code: error.code, err: error.message }, 'request refused');
        await replies.send(notice(error.userMessage ?? error.message)).catch(() => {});
        return;
      }
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'chat handler failed');
      await replies.send(notice('Sorry, something went wrong. The details are in the log.')).catch(() => {});
    }
  };
}
