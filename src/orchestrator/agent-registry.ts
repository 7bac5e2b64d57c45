/**
 * Maps agent names to implementations (the seed's AGENT_REGISTRY). Agents
 * switched off in config (AGENTS_DISABLED) are simply absent: their nodes log
 * "skipped" and the run goes on without them.
 */
import { type Agent, type AgentName, agentNames } from '../agents/agent.js';
import { EmailAgent } from '../agents/email/email-agent.js';
import { EventAgent } from '../agents/event/event-agent.js';
import { PlannerAgent } from '../agents/planner/planner-agent.js';
import { PreferenceAgent } from '../agents/preference/preference-agent.js';
import { SafetyAgent } from '../agents/safety/safety-agent.js';
import { TriageAgent } from '../agents/triage/triage-agent.js';
import { WeatherAgent } from '../agents/weather/weather-agent.js';
import { AppError } from '../domain/errors.js';

const factories: Record<AgentName, () => Agent> = {
  triage: () => new TriageAgent(),
  safety: () => new SafetyAgent(),
  email: () => new EmailAgent(),
  event: () => new EventAgent(),
  weather: () => new WeatherAgent(),
  planner: () => new PlannerAgent(),
  preference: () => new PreferenceAgent(),
};

export function createAgentRegistry(options: { disabled: string[] }): Partial<Record<AgentName, Agent>> {
  const unknown = options.disabled.filter((name) => !(agentNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new AppError(
      'CONFIG_INVALID',
      `AGENTS_DISABLED names unknown agents: ${unknown.join(', ')} (known: ${agentNames.join(', ')})`,
    );
  }
  const registry: Partial<Record<AgentName, Agent>> = {};
  for (const name of agentNames) {
    if (!options.disabled.includes(name)) registry[name] = factories[name]();
  }
  return registry;
}
