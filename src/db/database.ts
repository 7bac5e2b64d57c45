/**
 * Opens the database: a PostgreSQL server when DATABASE_URL is set, otherwise
 * the embedded one. Either way the service gets one `pg` pool and one Prisma
 * client over it, with migrations applied.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Logger } from '../logging/logger.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { PrismaClient } from './generated/client.js';
import { migrate } from './migrate.js';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  url: string;
  mode: 'embedded' | 'server';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; undefined starts the embedded database. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files; undefined keeps it in memory. */
  embeddedDir: string | undefined;
  logger: Logger;
  migrate?: boolean;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: options.embeddedDir, logger: options.logger });
    url = embedded.url;
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 8 });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => options.logger.warn({ err: error.message }, 'database connection lost'));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    await embedded?.stop();
    const where = options.databaseUrl ? redactUrl(options.databaseUrl) : 'the embedded database';
    throw new AppError('DATABASE_UNAVAILABLE', `Cannot reach ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    if (options.migrate !== false) await migrate(pool, { logger: options.logger });
  } catch (error) {
    await pool.end().catch(() => {});
    await embedded?.stop();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closed = false;
  return {
    prisma,
    pool,
    url,
    mode: embedded ? 'embedded' : 'server',
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect().catch(() => {});
      await pool.end().catch(() => {});
      await embedded?.stop();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
