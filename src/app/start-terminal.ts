/**
 * The embedded default's chat: the terminal channel on stdin/stdout, wired to
 * the dispatcher. On start it shows the triaged inbox and today's plan, then
 * reads commands until the input ends.
 */

import type { BotDeps } from '../bots/bot-deps.js';
import type { ChannelReplies } from '../bots/channel.js';
import { createDispatcher } from '../bots/dispatcher.js';
import { TerminalChannel } from '../bots/terminal/terminal-channel.js';
import type { User } from '../db/generated/client.js';
import type { App } from './open-app.js';

export async function startTerminal(
  app: App,
  user: User,
  options: { importLocal: BotDeps['importLocal']; greeting: string[] },
): Promise<{ closed: Promise<void>; channel: TerminalChannel }> {
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  const channel = new TerminalChannel({
    input: process.stdin,
    output: process.stdout,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    onClose: () => resolveClosed(),
  });
  const deps: BotDeps = {
    prisma: app.db.prisma,
    orchestrator: app.orchestrator,
    progress: app.progress,
    decisions: { prisma: app.db.prisma },
    logger: app.logger,
    brain: () => (app.llm?.isAvailable() ? 'llm' : 'heuristic'),
    now: () => new Date(),
    localUserId: user.id,
    importLocal: options.importLocal,
  };
  const handler = createDispatcher(deps, 'terminal');
  const replies: ChannelReplies = {
    send: (message) => channel.send('terminal', message),
    update: (ref, message) => channel.update(ref, message),
  };
  for (const line of options.greeting) process.stdout.write(`${line}\n`);
  // The first screen: what the assistant found, before the first prompt.
  for (const command of ['refresh', 'plan-day']) {
    await handler({ kind: 'command', identity: channel.identity, command, args: '' }, replies);
  }
  process.stdout.write(
    '\nType /help for commands, a number to press a button, /quit (or Ctrl-D) to leave.\n',
  );
  await channel.start(handler);
  return { closed, channel };
}
