/** One mail in detail: summary, bullets, the safety verdict and what can be done with it. */
import type { Block, Button, OutboundMessage } from '../message/message-model.js';
import { formatDateTime, truncate } from './format-time.js';

export interface ItemDetailsView {
  itemId: string;
  subject: string;
  from: string;
  receivedAt: Date | null;
  category: string | null;
  importance: number | null;
  needsReply: boolean;
  dueAt: Date | null;
  summary: string | null;
  bullets: string[];
  isScam: boolean;
  riskLevel: string;
  riskReasons: string[];
  triageReasons: string[];
}

export function presentItemDetails(view: ItemDetailsView, tz: string): OutboundMessage {
  const blocks: Block[] = [
    { type: 'heading', text: truncate(view.subject || '(no subject)', 150) },
    {
      type: 'fields',
      fields: [
        { label: 'From', value: view.from },
        ...(view.receivedAt ? [{ label: 'Received', value: formatDateTime(view.receivedAt, tz) }] : []),
        {
          label: 'Category',
          value: `${view.category ?? 'not triaged'}${view.importance ? `, importance ${view.importance}/5` : ''}`,
        },
        ...(view.dueAt ? [{ label: 'Due', value: formatDateTime(view.dueAt, tz) }] : []),
        {
          label: 'Safety',
          value: view.isScam ? `likely scam (risk ${view.riskLevel})` : `risk ${view.riskLevel}`,
        },
      ],
    },
  ];
  if (view.summary)
    blocks.push({ type: 'paragraph', content: [{ text: 'TL;DR ', bold: true }, view.summary] });
  if (view.bullets.length) blocks.push({ type: 'bullets', items: view.bullets.map((b) => [b]) });
  if (view.riskReasons.length) {
    blocks.push(
      { type: 'context', text: 'Why flagged:' },
      { type: 'bullets', items: view.riskReasons.map((r) => [r]) },
    );
  }
  if (view.triageReasons.length)
    blocks.push({ type: 'context', text: `Triage: ${view.triageReasons.join('; ')}` });
  const ref = { type: 'item' as const, itemId: view.itemId };
  const buttons: Button[] = view.isScam
    ? [
        { label: 'Mark safe', action: { ...ref, op: 'mark_safe' } },
        { label: 'Confirm scam', style: 'danger', action: { ...ref, op: 'confirm_scam' } },
      ]
    : [
        { label: 'Draft reply', action: { ...ref, op: 'draft_reply' } },
        { label: 'Add to calendar', action: { ...ref, op: 'schedule_event' } },
      ];
  blocks.push({ type: 'buttons', buttons });
  return { kind: 'item_details', fallbackText: view.subject, blocks };
}
