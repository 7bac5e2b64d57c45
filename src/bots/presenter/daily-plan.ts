/** The morning plan: must-dos, the day's timeline with proposed blocks to approve, weather. */
import type { DailyPlanContent } from '../../domain/plan.js';
import type { Block, OutboundMessage } from '../message/message-model.js';
import { formatDate, formatTime, truncate } from './format-time.js';
import { decisionButtons } from './proposal-card.js';

export interface PlanProposalState {
  status: string;
  version: number;
}

export function presentDailyPlan(
  plan: DailyPlanContent,
  summary: string,
  proposals: Map<string, PlanProposalState>,
): OutboundMessage {
  const tz = plan.timezone;
  const day = formatDate(`${plan.date}T12:00:00Z`, 'UTC');
  const blocks: Block[] = [
    { type: 'heading', text: `Your plan for ${day}` },
    { type: 'paragraph', content: [summary] },
  ];
  if (plan.notice) blocks.push({ type: 'context', text: plan.notice });
  if (plan.weather.length) blocks.push({ type: 'context', text: `Weather: ${plan.weather.join(' · ')}` });
  if (plan.mustDo.length) {
    blocks.push(
      { type: 'paragraph', content: [{ text: 'Must do', bold: true }] },
      {
        type: 'bullets',
        items: plan.mustDo.map((m) => [{ text: truncate(m.title, 100), bold: true }, ` (${m.why})`]),
      },
    );
  }
  if (plan.blocks.length) blocks.push({ type: 'paragraph', content: [{ text: 'Schedule', bold: true }] });
  for (const block of plan.blocks) {
    const when = block.allDay ? 'all day    ' : `${formatTime(block.start, tz)}-${formatTime(block.end, tz)}`;
    const state = block.proposalId ? proposals.get(block.proposalId) : undefined;
    const tag = block.kind === 'event' ? '' : state ? ` [proposed, ${state.status}]` : ' [proposed]';
    blocks.push({
      type: 'paragraph',
      content: [{ text: when, code: true }, `  ${truncate(block.title, 90)}${tag}`],
    });
    if (block.weatherNote) blocks.push({ type: 'context', text: block.weatherNote });
    if (block.proposalId && state?.status === 'pending') {
      blocks.push({ type: 'buttons', buttons: decisionButtons({ id: block.proposalId, ...state }) });
    }
  }
  if (plan.leftOver.length) {
    blocks.push({
      type: 'context',
      text: `Did not fit: ${plan.leftOver.map((l) => `${truncate(l.title, 50)} (${l.reason})`).join('; ')}`,
    });
  }
  return { kind: 'daily_plan', fallbackText: `Your plan for ${day}: ${summary}`, blocks };
}
