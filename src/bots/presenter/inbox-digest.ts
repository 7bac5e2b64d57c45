/** The triaged inbox: what matters first, scams called out, the rest folded into one line. */
import type { Block, Button, OutboundMessage } from '../message/message-model.js';
import { formatDate, formatDateTime, truncate } from './format-time.js';

export interface InboxEntry {
  itemId: string;
  subject: string;
  fromName: string | null;
  fromAddress: string | null;
  receivedAt: Date | null;
  accountLabel: string;
  category: string | null;
  importance: number | null;
  needsReply: boolean;
  dueAt: Date | null;
  isScam: boolean;
  riskReasons: string[];
  tldr: string | null;
}

const folded = new Set(['newsletter', 'notification', 'social', 'shopping_receipt']);
const MAX_SHOWN = 12;

function sender(e: InboxEntry): string {
  return e.fromName ? `${e.fromName} <${e.fromAddress ?? '?'}>` : (e.fromAddress ?? 'unknown sender');
}

/** A mailbox address as is; a local file by its name, not its whole path. */
function accountName(label: string): string {
  return label.includes('@') ? label : (label.split(/[\\/]/).pop() ?? label);
}

function itemButtons(e: InboxEntry): Button[] {
  const ref = { type: 'item' as const, itemId: e.itemId };
  if (e.isScam) {
    return [
      { label: 'Details', action: { ...ref, op: 'details' } },
      { label: 'Mark safe', action: { ...ref, op: 'mark_safe' } },
      { label: 'Confirm scam', style: 'danger', action: { ...ref, op: 'confirm_scam' } },
    ];
  }
  const buttons: Button[] = [];
  if (e.needsReply)
    buttons.push({ label: 'Draft reply', style: 'primary', action: { ...ref, op: 'draft_reply' } });
  if (e.category === 'meeting')
    buttons.push({ label: 'Add to calendar', action: { ...ref, op: 'schedule_event' } });
  buttons.push({ label: 'Details', action: { ...ref, op: 'details' } });
  return buttons;
}

export function presentInboxDigest(entries: InboxEntry[], tz: string, title = 'Inbox'): OutboundMessage {
  const scams = entries.filter((e) => e.isScam);
  const main = entries.filter((e) => !e.isScam && !folded.has(e.category ?? ''));
  const rest = entries.filter((e) => !e.isScam && folded.has(e.category ?? ''));
  const needReply = entries.filter((e) => e.needsReply && !e.isScam).length;
  // Several mailboxes read as one inbox: then each mail says which one it came to.
  const showAccount = new Set(entries.map((e) => e.accountLabel)).size > 1;
  const head = `${title}: ${entries.length} message${entries.length === 1 ? '' : 's'}, ${needReply} need${needReply === 1 ? 's' : ''} a reply${scams.length ? `, ${scams.length} flagged as scam` : ''}`;
  const blocks: Block[] = [{ type: 'heading', text: head }];
  if (entries.length === 0) {
    blocks.push({
      type: 'paragraph',
      content: ['Nothing here. Mail arrives with the next sync; /refresh looks now.'],
    });
  }
  for (const e of scams) {
    blocks.push(
      { type: 'divider' },
      {
        type: 'paragraph',
        content: [{ text: 'Possible scam: ', bold: true }, `${sender(e)}: ${truncate(e.subject, 90)}`],
      },
      { type: 'bullets', items: e.riskReasons.slice(0, 3).map((r) => [r]) },
      { type: 'buttons', buttons: itemButtons(e) },
    );
  }
  for (const e of main.slice(0, MAX_SHOWN)) {
    const tags = [
      showAccount ? accountName(e.accountLabel) : undefined,
      e.importance ? `importance ${e.importance}/5` : undefined,
      e.needsReply ? 'needs reply' : undefined,
      e.dueAt ? `due ${formatDateTime(e.dueAt, tz)}` : undefined,
      e.receivedAt ? formatDate(e.receivedAt, tz) : undefined,
    ].filter(Boolean);
    blocks.push(
      { type: 'divider' },
      { type: 'paragraph', content: [{ text: truncate(e.subject || '(no subject)', 100), bold: true }] },
      { type: 'context', text: `${sender(e)} · ${tags.join(' · ')}` },
    );
    if (e.tldr) blocks.push({ type: 'paragraph', content: [truncate(e.tldr, 240)] });
    blocks.push({ type: 'buttons', buttons: itemButtons(e) });
  }
  const hidden = main.length - Math.min(main.length, MAX_SHOWN);
  const counts = new Map<string, number>();
  for (const e of rest) counts.set(e.category ?? 'other', (counts.get(e.category ?? 'other') ?? 0) + 1);
  const tail = [...counts].map(([c, n]) => `${n} ${c.replace('_', ' ')}`);
  if (hidden > 0) tail.unshift(`${hidden} more`);
  if (tail.length) blocks.push({ type: 'divider' }, { type: 'context', text: `Also: ${tail.join(', ')}.` });
  return { kind: 'inbox_digest', fallbackText: head, blocks };
}
