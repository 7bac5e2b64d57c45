/**
 * Kill -9 in the middle of an import, then import again: nothing lost that was
 * reported stored, nothing twice, every row whole. Runs against an on-disk
 * embedded database (the user's setup), or a fresh database on the server at
 * TEST_DATABASE_URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateMessage, writeMbox } from '../../../test/fixtures/local/generate-mailbox.js';
import { openDatabase } from '../../db/database.js';
import { silentLogger } from '../../logging/logger.js';
import { projectRoot } from '../../paths.js';
import { importLocal } from './import-local.js';

const total = 3000;
const dir = mkdtempSync(join(tmpdir(), 'ops-sigkill-'));
const mbox = join(dir, 'big.mbox');
const embeddedDir = join(dir, 'data');
const adminUrl = process.env.TEST_DATABASE_URL;
let target = embeddedDir;
let serverDb: string | undefined;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await writeMbox(mbox, total);
  if (adminUrl) {
    serverDb = `ops_kill_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${serverDb}`);
    const url = new URL(adminUrl);
    url.pathname = `/${serverDb}`;
    target = url.toString();
  }
}, 120_000);

afterAll(async () => {
  if (serverDb) await admin(`DROP DATABASE IF EXISTS ${serverDb} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the child import and SIGKILLs it `delayMs` after it reports `after` messages stored. */
function importThenKill(
  after: number,
  delayMs: number,
): Promise<{ stored: number; finished: boolean; child: ChildProcess }> {
  const script = join(projectRoot, 'test/fixtures/local/import-child.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, mbox, target], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stored = 0;
    let finished = false;
    let killing = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^stored (\d+)$/.exec(line);
      if (m) stored = Number(m[1]);
      if (line === 'done') finished = true;
      // A moment later, so the kill lands while the next batch is being parsed or written.
      if (stored >= after && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && !finished)
        reject(new Error(`child exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ stored, finished, child });
    });
  });
}

it('survives SIGKILL mid-import: the re-run completes with every message exactly once', async () => {
  // Three kills at different points (after a batch, while parsing, while writing), each run starting over.
  let killed = { stored: 0, finished: false, child: undefined as ChildProcess | undefined };
  for (const [after, delayMs] of [
    [400, 0],
    [1000, 200],
    [1600, 450],
  ] as const) {
    killed = await importThenKill(after, delayMs);
    expect(killed.finished, 'the import finished before it could be killed').toBe(false);
    expect(killed.stored).toBeGreaterThanOrEqual(after);
  }

  if (!adminUrl) {
    // The killed process's lock is left behind; opening must see its pid is dead and take over.
    const lock = join(embeddedDir, 'embedded-postgres.lock');
    expect(existsSync(lock)).toBe(true);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(killed.child?.pid);
  }

  const db = await openDatabase({
    databaseUrl: adminUrl ? target : undefined,
    embeddedDir: adminUrl ? undefined : embeddedDir,
    logger: silentLogger,
  });
  try {
    const user = await db.prisma.user.findFirstOrThrow({ where: { email: 'kill-test@example.org' } });
    const count = async () => Number((await db.pool.query('SELECT count(*) AS n FROM items')).rows[0].n);
    // Everything the child reported stored before the kill is still there.
    const survived = await count();
    expect(survived).toBeGreaterThanOrEqual(killed.stored);

    const rerun = await importLocal({
      prisma: db.prisma,
      pool: db.pool,
      userId: user.id,
      path: mbox,
      format: 'mbox',
      maxBodyChars: 100_000,
      logger: silentLogger,
    });
    expect(rerun.problems).toEqual([]);
    expect(rerun.inserted + rerun.unchanged + rerun.updated).toBe(total);
    expect(rerun.inserted).toBe(total - survived);

    const { rows } = await db.pool.query<{ n: string; ids: string }>(
      'SELECT count(*) AS n, count(DISTINCT external_id) AS ids FROM items',
    );
    expect(rows[0]).toEqual({ n: String(total), ids: String(total) });
    const items = await db.pool.query<{ external_id: string; subject: string; body_text: string }>(
      'SELECT external_id, subject, body_text FROM items',
    );
    for (const row of items.rows) {
      const i = Number(/^gen-(\d+)@corpus\.example$/.exec(row.external_id)?.[1]);
      const source = generateMessage(i);
      expect(row.subject).toBe(source.subject);
      expect(row.body_text).toContain(source.marker);
    }
  } finally {
    await db.close();
  }
}, 600_000);
