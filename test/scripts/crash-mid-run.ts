/**
 * Child process for the resume test: runs refresh_inbox on the given database
 * with an event agent that kills its own process (SIGKILL) when it starts,
 * i.e. after safety, triage and email have finished and been checkpointed.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../src/db/generated/client.js';
import { silentLogger } from '../../src/logging/logger.js';
import { createAgentRegistry } from '../../src/orchestrator/agent-registry.js';
import { Orchestrator } from '../../src/orchestrator/orchestrator.js';
import { ProgressBus } from '../../src/orchestrator/progress.js';
import { harnessNow } from '../helpers/orchestrator-harness.js';

const [url, userId] = process.argv.slice(2);
if (!url || !userId) throw new Error('usage: crash-mid-run.ts DATABASE_URL USER_ID');
const pool = new pg.Pool({ connectionString: url, max: 4 });
const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
const agents = {
  ...createAgentRegistry({ disabled: [] }),
  event: {
    name: 'event' as const,
    run: async () => {
      process.kill(process.pid, 'SIGKILL');
      return new Promise<never>(() => {});
    },
  },
};
const orchestrator = await Orchestrator.create({
  prisma,
  pool,
  agents,
  llm: undefined,
  logger: silentLogger,
  progress: new ProgressBus(),
  now: () => harnessNow,
  maxItemsPerRun: 500,
});
await orchestrator.run(userId, 'refresh_inbox');
throw new Error('the event agent should have killed this process');
