/**
 * Messages that show database state (a proposal card, a plan) remember how to
 * render themselves, so a decision taken on one updates it in place.
 * In memory: a restart forgets them, and a later press then gets a fresh card.
 */
import type { SentMessageRef } from './channel.js';
import type { OutboundMessage } from './message/message-model.js';

const MAX_TRACKED = 2000;

export class LiveMessages {
  private readonly renders = new Map<string, () => Promise<OutboundMessage>>();

  private key(ref: SentMessageRef): string {
    return `${ref.channel}:${ref.chatId}:${ref.messageId}`;
  }

  register(ref: SentMessageRef, render: () => Promise<OutboundMessage>): void {
    if (this.renders.size >= MAX_TRACKED) {
      const oldest = this.renders.keys().next().value;
      if (oldest !== undefined) this.renders.delete(oldest);
    }
    this.renders.set(this.key(ref), render);
  }

  renderer(ref: SentMessageRef): (() => Promise<OutboundMessage>) | undefined {
    return this.renders.get(this.key(ref));
  }
}
