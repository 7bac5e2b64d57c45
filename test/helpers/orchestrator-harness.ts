/**
 * A real orchestrator on a real test database, with the bundled sample
 * mailbox imported for one user and moved to a fixed "today".
 */
import type { Agent, AgentName } from '../../src/agents/agent.js';
import type { LlmClient } from '../../src/llm/llm-client.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createAgentRegistry } from '../../src/orchestrator/agent-registry.js';
import { Orchestrator } from '../../src/orchestrator/orchestrator.js';
import { ProgressBus, type ProgressEvent } from '../../src/orchestrator/progress.js';
import { importSample } from '../../src/sync/local/import-sample.js';
import type { TestDatabase } from './test-database.js';

/** 09:00 in London on the day the sample is moved to. */
export const harnessNow = new Date('2026-11-25T09:00:00Z');
export const harnessTimezone = 'Europe/London';

export async function seedSampleUser(db: TestDatabase, now: Date = harnessNow) {
  const user = await db.prisma.user.create({
    data: { displayName: 'Sam Rivera', email: 'sam.rivera@fernhill-studio.com', timezone: harnessTimezone },
  });
  await importSample({
    prisma: db.prisma,
    pool: db.pool,
    userId: user.id,
    timezone: harnessTimezone,
    now,
    maxBodyChars: 100_000,
    logger: silentLogger,
  });
  return user;
}

export async function createHarnessOrchestrator(
  db: TestDatabase,
  options: { agents?: Partial<Record<AgentName, Agent>>; llm?: LlmClient; now?: Date } = {},
) {
  const progress = new ProgressBus();
  const events: ProgressEvent[] = [];
  progress.subscribe((e) => events.push(e));
  const orchestrator = await Orchestrator.create({
    prisma: db.prisma,
    pool: db.pool,
    agents: options.agents ?? createAgentRegistry({ disabled: [] }),
    llm: options.llm,
    logger: silentLogger,
    progress,
    now: () => options.now ?? harnessNow,
    maxItemsPerRun: 500,
  });
  return { orchestrator, progress, events };
}
