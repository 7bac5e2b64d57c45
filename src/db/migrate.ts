/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own
 * transaction, recording name and checksum in _ops_migrations. A migration
 * edited after it was applied stops start-up rather than drifting silently.
 * An advisory lock keeps two instances from migrating at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Logger } from '../logging/logger.js';
import { migrationsDir as defaultMigrationsDir } from '../paths.js';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATION_LOCK_ID = 7_214_202_611; // any constant shared by every instance

export function readMigrations(dir: string = defaultMigrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(
  pool: pg.Pool,
  options: { logger: Logger; migrations?: Migration[] },
): Promise<{ applied: string[] }> {
  const migrations = options.migrations ?? readMigrations();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS _ops_migrations (
      name TEXT PRIMARY KEY,
      checksum TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM _ops_migrations',
    );
    const done = new Map(rows.map((row) => [row.name, row.checksum]));
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new AppError(
            'MIGRATION_CHECKSUM_MISMATCH',
            `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing it.`,
          );
        }
        continue;
      }
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO _ops_migrations (name, checksum) VALUES ($1, $2)', [
          migration.name,
          migration.checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw new AppError(
          'MIGRATION_FAILED',
          `Migration ${migration.name} failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      applied.push(migration.name);
      options.logger.info({ migration: migration.name }, 'migration applied');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
  return { applied };
}

/** Names of migrations present on disk but not yet applied (for `ops doctor`). */
export async function pendingMigrations(
  pool: pg.Pool,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  const exists = await pool.query<{ present: boolean }>(
    "SELECT to_regclass('public._ops_migrations') IS NOT NULL AS present",
  );
  if (!exists.rows[0]?.present) return migrations.map((m) => m.name);
  const { rows } = await pool.query<{ name: string }>('SELECT name FROM _ops_migrations');
  const done = new Set(rows.map((r) => r.name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
