/**
 * A real, empty, migrated database for one test file: a throwaway database on
 * the PostgreSQL server named by TEST_DATABASE_URL (CI), or an in-memory
 * embedded one started from the migrated template made in global-setup.ts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { PgliteWireServer } from '../../src/db/embedded/pglite-wire-server.js';
import { PrismaClient } from '../../src/db/generated/client.js';
import { migrate } from '../../src/db/migrate.js';
import { silentLogger } from '../../src/logging/logger.js';
import { templatePath } from './template-path.js';

export type TestDatabase = Database & { kind: 'postgres' | 'embedded' };

export function testDatabaseKind(): 'postgres' | 'embedded' {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';
}

async function openServerDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `ops_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  await migrate(pool, { logger: silentLogger });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    pool,
    url: url.toString(),
    mode: 'server',
    async close() {
      // Prisma's $disconnect may end the pool itself and not wait for its clients; the forced
      // DROP below then terminates them, and an idle client's error must not crash the run.
      pool.on('error', () => {});
      await prisma.$disconnect().catch(() => {});
      await pool.end().catch(() => {});
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function openEmbeddedDatabase(): Promise<TestDatabase> {
  const db = existsSync(templatePath)
    ? new PGlite({ loadDataDir: new Blob([readFileSync(templatePath)]) })
    : new PGlite();
  await db.waitReady;
  const server = new PgliteWireServer(db);
  await server.start();
  const url = server.url;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await migrate(pool, { logger: silentLogger });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'embedded',
    prisma,
    pool,
    url,
    mode: 'embedded',
    async close() {
      await prisma.$disconnect().catch(() => {});
      await pool.end().catch(() => {});
      await server.stop();
      await db.close();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? openServerDatabase(url) : openEmbeddedDatabase();
}
