/** A proposal as a card: what will happen, in plain words, its risk, and the decision buttons. */
import type { ProposalKind, ProposalPayloads } from '../../domain/proposals/payloads.js';
import type { Block, Button, OutboundMessage } from '../message/message-model.js';
import { formatDateTime, formatRange, truncate } from './format-time.js';

export interface ProposalView {
  id: string;
  kind: ProposalKind;
  payload: unknown;
  status: string;
  version: number;
  title: string;
  riskLevel: 'low' | 'medium' | 'high';
  riskReasons: string[];
  error?: string | null;
}

const statusLine: Record<string, string> = {
  approved: 'Approved: waiting for the executor.',
  executing: 'Being carried out...',
  executed: 'Done.',
  failed: 'Failed',
  rejected: 'Rejected.',
  expired: 'Expired: no decision was made in time.',
};

function describe(view: ProposalView, tz: string): Array<{ label: string; value: string }> {
  switch (view.kind) {
    case 'create_email_draft': {
      const p = view.payload as ProposalPayloads['create_email_draft'];
      const fields = [
        { label: 'Draft to', value: p.to.join(', ') },
        ...(p.cc.length ? [{ label: 'Cc', value: p.cc.join(', ') }] : []),
        { label: 'Subject', value: p.subject },
        { label: 'Draft', value: truncate(ownText(p.body), 400) },
      ];
      return fields;
    }
    case 'create_calendar_event':
    case 'create_reminder_event': {
      const p = view.payload as ProposalPayloads['create_calendar_event'] & { note?: string };
      return [
        { label: 'Event', value: p.title },
        {
          label: 'When',
          value: p.allDay ? `${formatRange(p.start, p.end, tz)} (all day)` : formatRange(p.start, p.end, tz),
        },
        ...(p.location ? [{ label: 'Where', value: p.location }] : []),
        ...(p.attendees?.length ? [{ label: 'With', value: p.attendees.join(', ') }] : []),
        ...(p.conflicts?.length
          ? [
              {
                label: 'Conflicts',
                value: p.conflicts.map((c) => `${c.title} (${formatRange(c.start, c.end, tz)})`).join('; '),
              },
            ]
          : []),
      ];
    }
    case 'update_calendar_event': {
      const p = view.payload as ProposalPayloads['update_calendar_event'];
      const before = p.before as Record<string, unknown>;
      return Object.entries(p.changes).map(([field, after]) => ({
        label: field,
        value: `${show(before[field], tz)} -> ${show(after, tz)}`,
      }));
    }
    case 'delete_calendar_event': {
      const p = view.payload as ProposalPayloads['delete_calendar_event'];
      return [
        { label: 'Delete', value: p.title },
        { label: 'When', value: formatDateTime(p.start, tz) },
        ...(p.reason ? [{ label: 'Why', value: p.reason }] : []),
      ];
    }
  }
}

/** The draft without the quoted thread below it. */
function ownText(body: string): string {
  const cut = body.search(/\n[^\n]*wrote:\s*\n|\n>/);
  return cut === -1 ? body : body.slice(0, cut);
}

function show(value: unknown, tz: string): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, tz);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function decisionButtons(view: Pick<ProposalView, 'id' | 'version' | 'status'>): Button[] {
  const ref = { type: 'proposal' as const, proposalId: view.id, version: view.version };
  if (view.status === 'pending') {
    return [
      { label: 'Approve', style: 'primary', action: { ...ref, op: 'approve' } },
      { label: 'Edit', action: { ...ref, op: 'edit' } },
      { label: 'Reject', style: 'danger', action: { ...ref, op: 'reject' } },
    ];
  }
  if (view.status === 'failed') return [{ label: 'Retry', action: { ...ref, op: 'retry' } }];
  return [];
}

export function presentProposalCard(view: ProposalView, tz: string): OutboundMessage {
  const blocks: Block[] = [
    { type: 'paragraph', content: [{ text: view.title, bold: true }] },
    { type: 'fields', fields: describe(view, tz) },
  ];
  if (view.riskLevel !== 'low') {
    blocks.push({
      type: 'context',
      text: `Risk ${view.riskLevel}: ${view.riskReasons.slice(0, 3).join('; ') || 'see details'}`,
    });
  }
  const status = statusLine[view.status];
  if (status)
    blocks.push({
      type: 'context',
      text: view.status === 'failed' && view.error ? `${status}: ${view.error}` : status,
    });
  const buttons = decisionButtons(view);
  if (buttons.length) blocks.push({ type: 'buttons', buttons });
  return { kind: 'proposal_card', fallbackText: `Proposal: ${view.title}`, blocks };
}
