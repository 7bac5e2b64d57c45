import type { PrismaClient, User } from '../db/generated/client.js';
import type { Logger } from '../logging/logger.js';
import type { Orchestrator } from '../orchestrator/orchestrator.js';
import type { ProgressBus } from '../orchestrator/progress.js';
import type { DecisionDeps } from '../services/proposal-decisions.js';
import type { ChannelName, ChannelReplies, ChatIdentityRef, SentMessageRef } from './channel.js';
import type { OutboundMessage } from './message/message-model.js';

/** What the chat features may use: services, never a provider client. */
export interface BotDeps {
  prisma: PrismaClient;
  orchestrator: Orchestrator;
  progress: ProgressBus;
  decisions: DecisionDeps;
  logger: Logger;
  brain(): 'llm' | 'heuristic';
  now(): Date;
  /** The local owner the terminal is linked to. */
  localUserId?: string | undefined;
  /** Imports a local mailbox or calendar for the user; returns a one-line result. */
  importLocal?: ((userId: string, path: string) => Promise<string>) | undefined;
}

export interface FeatureContext {
  deps: BotDeps;
  user: User;
  identity: ChatIdentityRef;
  channel: ChannelName;
  replies: ChannelReplies;
  /** Posts a message that re-renders itself from the database when something in it changes. */
  postLive(render: () => Promise<OutboundMessage>): Promise<SentMessageRef>;
  /** Re-renders a live message after a decision taken on it. */
  refresh(ref: SentMessageRef | undefined): Promise<boolean>;
}
