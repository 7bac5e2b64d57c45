import type { OpsStateType } from './graph/state.js';

/** One line for the run list and the chat ("Analysed 15 messages: 2 need a reply, 1 scam flagged, 3 proposals"). */
export function summariseRun(state: OpsStateType): string {
  const proposals = state.proposalIds.length;
  const failed = state.errors.map((e) => e.agent);
  const tail = failed.length ? ` (${failed.join(', ')} failed)` : '';
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (state.intent) {
    case 'refresh_inbox': {
      const triage = Object.values(state.triage);
      const scams = Object.values(state.safety).filter((v) => v.isScam).length;
      if (state.itemIds.length === 0) return `No new mail to analyse${tail}`;
      return (
        `Analysed ${s(state.itemIds.length, 'message')}: ${triage.filter((t) => t.needsReply).length} need a reply, ` +
        `${scams} flagged as scam, ${s(proposals, 'proposal')}${tail}`
      );
    }
    case 'plan_day': {
      const plan = state.plan;
      if (!plan) return `No plan made${tail}`;
      return `Plan for ${plan.date}: ${s(plan.mustDo.length, 'must-do')}, ${s(plan.blocks.length, 'block')}, ${s(proposals, 'proposal')}${tail}`;
    }
    default:
      return `${state.intent.replace('_', ' ')}: ${s(proposals, 'proposal')}${tail}`;
  }
}
