/**
 * One create_reminder_event proposal per task block. The discriminator is
 * derived from the day and the item (or the batch's place in the day), so
 * planning the same day again maps to the same proposals, not new ones.
 */
import type { PlanBlock } from '../../domain/plan.js';
import { createReminderEventPayload, type ProposalDraft } from '../../domain/proposals/payloads.js';
import { formatOffsetIso } from '../../domain/time/local-time.js';
import type { PlacedBlock } from './pack-tasks.js';
import { MAX_NOTE_CHARS } from './planner-rules.js';

export interface BlockProposal {
  block: PlanBlock;
  proposal: ProposalDraft | undefined;
  /** Why no proposal was made for a block (payload invalid). */
  problem: string | undefined;
}

function noteOf(placed: PlacedBlock): string {
  if (placed.tasks.length === 1) return placed.tasks[0]!.why;
  const lines = placed.tasks.map((t) => `- ${t.title}${t.why ? ` (${t.why})` : ''}`);
  return lines.join('\n');
}

function clipNote(note: string): string {
  return note.length > MAX_NOTE_CHARS ? `${note.slice(0, MAX_NOTE_CHARS - 1)}…` : note;
}

export function blockProposals(
  placed: PlacedBlock[],
  options: {
    date: string;
    timeZone: string;
    calendarAccountId: string | undefined;
    weatherNoteOf: (placed: PlacedBlock) => string | undefined;
    proposalsMuted: boolean;
  },
): BlockProposal[] {
  let batchNumber = 0;
  return placed.map((p) => {
    const single = p.tasks.length === 1 ? p.tasks[0] : undefined;
    const itemId = single?.item.id;
    const discriminator = single
      ? `plan:${options.date}:${single.item.id}`
      : `plan:${options.date}:replies-${++batchNumber}`;
    const block: PlanBlock = {
      title: p.title,
      start: formatOffsetIso(new Date(p.start), options.timeZone),
      end: formatOffsetIso(new Date(p.end), options.timeZone),
      kind: p.kind,
      itemId,
      weatherNote: options.weatherNoteOf(p),
    };
    if (options.proposalsMuted) return { block, proposal: undefined, problem: undefined };
    const note = clipNote([noteOf(p), block.weatherNote].filter(Boolean).join('\n'));
    const payload = {
      ...(options.calendarAccountId ? { accountId: options.calendarAccountId } : {}),
      title: block.title,
      start: block.start,
      end: block.end,
      timezone: options.timeZone,
      allDay: false,
      ...(note ? { note } : {}),
    };
    const checked = createReminderEventPayload.safeParse(payload);
    if (!checked.success) {
      const problem = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { block, proposal: undefined, problem };
    }
    // The title matches the block's so the orchestrator can link the stored proposal to it.
    const proposal: ProposalDraft = {
      kind: 'create_reminder_event',
      title: block.title,
      itemId,
      discriminator,
      riskLevel: 'low',
      payload,
    };
    return { block, proposal, problem: undefined };
  });
}
