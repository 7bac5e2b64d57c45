import type { AgentName, Intent } from '../agents/agent.js';

/**
 * Which agents each intent runs, in order. Safety runs before triage so that
 * triage can file a scam as spam_scam; the preference agent learns first so
 * that everyone after it reads up-to-date preferences.
 */
export const intentSteps: Record<Intent, AgentName[]> = {
  refresh_inbox: ['preference', 'safety', 'triage', 'email', 'event'],
  plan_day: ['preference', 'weather', 'planner'],
  handle_item: ['safety', 'triage', 'email', 'event'],
  draft_reply: ['safety', 'triage', 'email'],
  schedule_event: ['safety', 'triage', 'event'],
};
