/**
 * Local mailbox import: a generated 5,000-message mbox (plain mail, replies,
 * HTML newsletters, attachments up to 400 KB, invitations) imported into the
 * embedded database on disk and, when BENCH_DATABASE_URL or TEST_DATABASE_URL
 * is set, into a fresh database on that server. Each import runs in its own
 * process so its peak RSS is its own; with the embedded database that peak is
 * PGlite's start-up, so the RSS sampled during the import is shown as well.
 * Also: normaliseMime alone on the same mix.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { silentLogger } from '../src/logging/logger.js';
import { importLocal } from '../src/sync/local/import-local.js';
import { normaliseMime } from '../src/sync/mail/normalise-mime.js';
import { generateMessage, writeMbox } from '../test/fixtures/local/generate-mailbox.js';
import type { BenchResult } from './types.js';

const messages = 5000;
const maxBodyChars = 100_000;

interface ChildResult {
  imported: number;
  problems: number;
  seconds: number;
  /** The process's lifetime peak, database start-up included. */
  maxRssMb: number;
  /** Sampled every 20 ms while importing. */
  importRssMb: number;
}

/** In the child: open the database, import, report. */
async function importOnce(mbox: string, target: string): Promise<ChildResult> {
  const isUrl = /^postgres(ql)?:\/\//.test(target);
  const db = await openDatabase({
    databaseUrl: isUrl ? target : undefined,
    embeddedDir: isUrl ? undefined : target,
    logger: silentLogger,
  });
  try {
    const user = await db.prisma.user.create({ data: { displayName: 'Bench', email: 'bench@example.org' } });
    let importRss = 0;
    const sample = setInterval(() => {
      importRss = Math.max(importRss, process.memoryUsage.rss());
    }, 20);
    const started = performance.now();
    const result = await importLocal({
      prisma: db.prisma,
      pool: db.pool,
      userId: user.id,
      path: mbox,
      format: 'mbox',
      maxBodyChars,
      logger: silentLogger,
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sample);
    return {
      imported: result.inserted,
      problems: result.problems.length,
      seconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      importRssMb: importRss / 1048576,
    };
  } finally {
    await db.close();
  }
}

async function inChild(mbox: string, target: string): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, '--child', mbox, target],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

function line(where: string, r: ChildResult): string {
  const skipped = r.problems ? `, ${r.problems} unreadable` : '';
  const rss = `peak RSS ${Math.round(r.maxRssMb)} MB (${Math.round(r.importRssMb)} MB while importing)`;
  return `import ${r.imported} msgs -> ${where}: ${Math.round(r.imported / r.seconds)} msg/s, ${rss}${skipped}`;
}

/** normaliseMime alone, one message at a time and four in flight (as the import does). */
async function parseOnly(): Promise<string> {
  const mix = Array.from({ length: 2000 }, (_, i) => generateMessage(i));
  const avgKb = mix.reduce((n, m) => n + m.raw.length, 0) / mix.length / 1024;
  for (const m of mix.slice(0, 300)) await normaliseMime(m.raw, { maxBodyChars }); // warm-up
  const rate = async (inFlight: number) => {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < mix.length) await normaliseMime(mix[next++]!.raw, { maxBodyChars });
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return Math.round(mix.length / ((performance.now() - started) / 1000));
  };
  const sequential = await rate(1);
  const overlapped = await rate(4);
  return `normaliseMime alone (${mix.length} msgs, avg ${avgKb.toFixed(0)} KB): ${sequential} msg/s sequential, ${overlapped} msg/s with 4 in flight (one core)`;
}

export async function run(): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ops-import-bench-'));
  try {
    const mbox = join(dir, 'bench.mbox');
    const bytes = await writeMbox(mbox, messages);
    const lines = [
      `mbox: ${messages} generated messages, ${Math.round(bytes / 1048576)} MB`,
      await parseOnly(),
    ];
    lines.push(line('embedded', await inChild(mbox, join(dir, 'embedded'))));
    const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (server) {
      const name = `ops_bench_${randomBytes(6).toString('hex')}`;
      const admin = async (sql: string) => {
        const client = new pg.Client({ connectionString: server });
        await client.connect();
        await client.query(sql);
        await client.end();
      };
      await admin(`CREATE DATABASE ${name}`);
      try {
        const url = new URL(server);
        url.pathname = `/${name}`;
        lines.push(line('postgres', await inChild(mbox, url.toString())));
      } finally {
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
    return { name: 'Local import', lines };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const [mbox, target] = process.argv.slice(child + 1);
    process.stdout.write(`${JSON.stringify(await importOnce(mbox ?? '', target ?? ''))}\n`);
  } else {
    for (const l of (await run()).lines) process.stdout.write(`${l}\n`);
  }
}
