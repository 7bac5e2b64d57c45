import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PgliteWireServer } from '../src/db/embedded/pglite-wire-server.js';
import { migrate } from '../src/db/migrate.js';
import { silentLogger } from '../src/logging/logger.js';
import { templatePath } from './helpers/template-path.js';

/** Builds the migrated embedded template once, so each test file skips initdb. */
export default async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL || existsSync(templatePath)) return;
  const db = new PGlite();
  const server = new PgliteWireServer(db);
  await server.start();
  const pool = new pg.Pool({ connectionString: server.url, max: 1 });
  await migrate(pool, { logger: silentLogger });
  await pool.end();
  await server.stop();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const tmp = `${templatePath}.${process.pid}`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, templatePath);
}
