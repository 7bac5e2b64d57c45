/** Which of the run's items each agent is given: never one it has already analysed unchanged. */
import type { AgentName } from '../../agents/agent.js';
import type { OpsStateType } from './state.js';

export function agentScope(agent: AgentName, state: OpsStateType): string[] {
  switch (agent) {
    case 'safety':
      return state.itemIds.filter((id) => !state.safety[id]);
    case 'triage':
      return state.itemIds.filter((id) => !state.triage[id]);
    case 'email':
      // Asking for a draft is new work even on an analysed item.
      return state.intent === 'draft_reply'
        ? state.itemIds
        : state.itemIds.filter((id) => !state.summaries[id]);
    case 'event':
    case 'planner':
      return state.itemIds;
    case 'weather':
    case 'preference':
      return [];
  }
}
