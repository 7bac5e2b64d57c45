/**
 * The channel-agnostic outbound message. Agents and services never build Slack
 * blocks, Telegram HTML or terminal text: the presenter builds these, and each
 * channel renders them (escaping is the renderer's job: text here is plain).
 */
import type { UiAction } from './ui-action.js';

export type Inline =
  | string
  | { text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string | undefined };

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'fields'; fields: Array<{ label: string; value: string }> }
  | { type: 'bullets'; items: Inline[][] }
  | { type: 'context'; text: string }
  | { type: 'divider' }
  | { type: 'buttons'; buttons: Button[] };

export interface Button {
  label: string;
  action: UiAction;
  style?: 'primary' | 'danger' | undefined;
}

export type MessageKind =
  | 'daily_plan'
  | 'scam_alert'
  | 'proposal_card'
  | 'inbox_digest'
  | 'run_progress'
  | 'run_list'
  | 'item_details'
  | 'notice'
  | 'help';

export interface OutboundMessage {
  kind: MessageKind;
  /** Plain text for notifications and clients that cannot render blocks. */
  fallbackText: string;
  blocks: Block[];
}

/** Plain text of inline content, for fallbacks and length checks. */
export function inlineText(content: Inline[]): string {
  return content.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

export function notice(text: string): OutboundMessage {
  return { kind: 'notice', fallbackText: text, blocks: [{ type: 'paragraph', content: [text] }] };
}
