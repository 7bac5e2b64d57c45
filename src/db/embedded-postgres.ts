/**
 * The embedded database: PGlite (real Postgres compiled to WebAssembly) kept in
 * DATA_DIR, served on a loopback port over the Postgres wire protocol so that
 * the rest of the service uses the same `pg` driver, Prisma adapter and
 * migration runner as with a real server.
 *
 * PGlite is one Postgres session underneath: only one process may open a data
 * folder. A lock file names the serving process and its port; a second `ops`
 * command on the same folder connects to that port instead of opening it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AppError } from '../domain/errors.js';
import type { Logger } from '../logging/logger.js';
import { PgliteWireServer } from './embedded/pglite-wire-server.js';

export interface EmbeddedPostgres {
  url: string;
  /** True when another process owns the data folder and we only connect to it. */
  shared: boolean;
  stop(): Promise<void>;
}

interface LockContent {
  pid: number;
  port: number;
}

function urlFor(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    if (typeof parsed.pid === 'number' && typeof parsed.port === 'number') return parsed as LockContent;
  } catch {
    // Missing or half-written lock: treated as absent.
  }
  return undefined;
}

/** Takes the lock atomically; returns the owner's lock when someone else holds it. */
function acquireLock(path: string): { fd: number } | { owner: LockContent } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { fd: openSync(path, 'wx') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLock(path);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) return { owner };
      rmSync(path, { force: true });
    }
  }
  throw new AppError('DATABASE_LOCKED', `Could not lock the embedded database at ${path}`);
}

export async function startEmbeddedPostgres(options: {
  /** A folder for the database files, or undefined for an in-memory database (tests). */
  dataDir: string | undefined;
  logger: Logger;
}): Promise<EmbeddedPostgres> {
  const { dataDir, logger } = options;
  let lockPath: string | undefined;
  let lockFd: number | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lockPath = join(dataDir, 'embedded-postgres.lock');
    const lock = acquireLock(lockPath);
    if ('owner' in lock) {
      logger.info(
        { pid: lock.owner.pid },
        'embedded database is served by another ops process; connecting to it',
      );
      return { url: urlFor(lock.owner.port), shared: true, stop: async () => {} };
    }
    lockFd = lock.fd;
  }

  let db: PGlite | undefined;
  let server: PgliteWireServer | undefined;
  try {
    db = dataDir ? new PGlite(join(dataDir, 'pgdata')) : new PGlite();
    await db.waitReady;
    server = new PgliteWireServer(db);
    await server.start();
  } catch (error) {
    if (lockFd !== undefined) closeSync(lockFd);
    if (lockPath) rmSync(lockPath, { force: true });
    await db?.close().catch(() => {});
    throw new AppError('DATABASE_UNAVAILABLE', `The embedded database could not start: ${String(error)}`, {
      cause: error,
    });
  }
  const port = server.port;
  if (lockFd !== undefined) {
    writeSync(lockFd, JSON.stringify({ pid: process.pid, port } satisfies LockContent));
    closeSync(lockFd);
  }
  logger.debug({ port, dataDir: dataDir ?? 'memory' }, 'embedded database listening');

  let stopped = false;
  return {
    url: urlFor(port),
    shared: false,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
