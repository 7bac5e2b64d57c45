import type pg from 'pg';
import type { Agent, AgentName } from '../agents/agent.js';
import type { PrismaClient } from '../db/generated/client.js';
import type { LlmClient } from '../llm/llm-client.js';
import type { Logger } from '../logging/logger.js';
import type { ProgressBus } from './progress.js';

/** What the graphs' nodes need; passed in, never imported as singletons. */
export interface OrchestratorDeps {
  prisma: PrismaClient;
  pool: pg.Pool;
  agents: Partial<Record<AgentName, Agent>>;
  llm: LlmClient | undefined;
  logger: Logger;
  progress: ProgressBus;
  now: () => Date;
  /** How many new messages one refresh analyses at most. */
  maxItemsPerRun: number;
}
