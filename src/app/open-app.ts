/**
 * Wires the service's parts from the config: logger, database (embedded or
 * server, migrated), LLM client or heuristic mode, agents, orchestrator.
 * Every command that needs the database goes through here.
 */
import { join } from 'node:path';
import type { Agent, AgentName } from '../agents/agent.js';
import type { Config } from '../config/config.js';
import { type Database, openDatabase } from '../db/database.js';
import { createLlmClient } from '../llm/create-llm-client.js';
import type { LlmClient } from '../llm/llm-client.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createAgentRegistry } from '../orchestrator/agent-registry.js';
import { Orchestrator } from '../orchestrator/orchestrator.js';
import { ProgressBus } from '../orchestrator/progress.js';

export interface App {
  config: Config;
  logger: Logger;
  db: Database;
  llm: LlmClient | undefined;
  agents: Partial<Record<AgentName, Agent>>;
  orchestrator: Orchestrator;
  progress: ProgressBus;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Log to DATA_DIR/logs/ops.log instead of stderr (the terminal channel owns the screen). */
  logToFile?: boolean;
  /** Overrides LOG_LEVEL's default for one-shot commands. */
  defaultLogLevel?: string;
  now?: () => Date;
  /** Replace agents (tests, benchmarks); defaults to the registry built from config. */
  agents?: Partial<Record<AgentName, Agent>>;
  llm?: LlmClient | undefined;
}

export function appLogger(config: Config, options: OpenAppOptions): Logger {
  const level = process.env.LOG_LEVEL ? config.logLevel : (options.defaultLogLevel ?? config.logLevel);
  return createLogger({
    level,
    file: options.logToFile ? join(config.dataDir, 'logs', 'ops.log') : undefined,
  });
}

export async function openApp(config: Config, options: OpenAppOptions = {}): Promise<App> {
  const logger = appLogger(config, options);
  const agents = options.agents ?? createAgentRegistry({ disabled: config.agentsDisabled });
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDir: join(config.dataDir, 'db'),
    logger,
  });
  try {
    const llm = 'llm' in options ? options.llm : createLlmClient({ config, logger });
    const progress = new ProgressBus();
    const orchestrator = await Orchestrator.create({
      prisma: db.prisma,
      pool: db.pool,
      agents,
      llm,
      logger,
      progress,
      now: options.now ?? (() => new Date()),
      maxItemsPerRun: 500,
    });
    return {
      config,
      logger,
      db,
      llm,
      agents,
      orchestrator,
      progress,
      async close() {
        await db.close();
        logger.flush?.();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
