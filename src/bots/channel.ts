/**
 * The one interface every chat surface implements (terminal now, Slack and
 * Telegram later). A channel only moves messages: it turns platform events
 * into `InboundEvent`s for the dispatcher and renders `OutboundMessage`s.
 */
import type { OutboundMessage } from './message/message-model.js';
import type { UiAction } from './message/ui-action.js';

export type ChannelName = 'terminal' | 'slack' | 'telegram';

/** Who wrote or pressed, as the platform says; linked to a user by chat_identities. */
export interface ChatIdentityRef {
  platform: 'console' | 'slack' | 'telegram';
  externalUserId: string;
  workspaceId: string;
  /** Where replies go (DM channel, chat id); the terminal has one. */
  chatId: string;
  displayName?: string | undefined;
}

/** A message the channel posted, so it can be updated in place later. */
export interface SentMessageRef {
  channel: ChannelName;
  chatId: string;
  messageId: string;
}

export type InboundEvent =
  | { kind: 'command'; identity: ChatIdentityRef; command: string; args: string }
  | { kind: 'action'; identity: ChatIdentityRef; action: UiAction; message?: SentMessageRef | undefined }
  | { kind: 'text'; identity: ChatIdentityRef; text: string };

export interface ChannelReplies {
  /** Posts a new message in the conversation the event came from. */
  send(message: OutboundMessage): Promise<SentMessageRef>;
  /** Replaces a message posted earlier (decisions update the card in place). */
  update(ref: SentMessageRef, message: OutboundMessage): Promise<void>;
}

export type InboundHandler = (event: InboundEvent, replies: ChannelReplies) => Promise<void>;

export interface Channel {
  readonly name: ChannelName;
  start(handler: InboundHandler): Promise<void>;
  /** Proactive messages (morning plan, scam alert) to a known chat. */
  send(chatId: string, message: OutboundMessage): Promise<SentMessageRef>;
  update(ref: SentMessageRef, message: OutboundMessage): Promise<void>;
  stop(): Promise<void>;
}
