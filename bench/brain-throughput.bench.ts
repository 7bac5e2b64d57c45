/**
 * Heuristic triage + safety throughput, MIME parsing included: the path of
 * `ops triage` (read the mbox, normalise every message, safety then triage
 * agents) over a generated 5,000-message mbox of mixed mail (plain, replies,
 * HTML newsletters, Latin-1, attachments up to 400 KB, invitations), in one
 * process pinned to one core when `taskset` is available.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { triageMailFile } from '../src/app/triage-file.js';
import { silentLogger } from '../src/logging/logger.js';
import { writeMbox } from '../test/fixtures/local/generate-mailbox.js';
import type { BenchResult } from './types.js';

const MESSAGES = 5000;

async function measure(mbox: string): Promise<{ messages: number; seconds: number; scams: number }> {
  let scams = 0;
  const started = process.hrtime.bigint();
  const { messages } = await triageMailFile({
    path: mbox,
    format: 'mbox',
    maxBodyChars: 100_000,
    timezone: 'Europe/London',
    now: new Date('2024-02-01T09:00:00Z'),
    llm: undefined,
    logger: silentLogger,
    onProblem: () => {},
    onLine: (line) => {
      if (line.is_scam) scams++;
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { messages, seconds, scams };
}

async function runPinned(
  mbox: string,
): Promise<{ messages: number; seconds: number; scams: number; pinned: boolean }> {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', mbox];
  const exec = promisify(execFile);
  try {
    const { stdout } = await exec('taskset', ['-c', '0', process.execPath, ...args], { maxBuffer: 1 << 20 });
    return { ...JSON.parse(stdout), pinned: true };
  } catch {
    const { stdout } = await exec(process.execPath, args, { maxBuffer: 1 << 20 });
    return { ...JSON.parse(stdout), pinned: false };
  }
}

export async function run(): Promise<BenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ops-brain-bench-'));
  try {
    const mbox = join(dir, 'mixed.mbox');
    await writeMbox(mbox, MESSAGES);
    const size = (await stat(mbox)).size;
    const result = await runPinned(mbox);
    const rate = Math.round(result.messages / result.seconds);
    return {
      name: 'Heuristic triage + safety throughput (MIME parsing included)',
      lines: [
        `${result.messages} messages (${Math.round(size / 1e6)} MB mbox) in ${result.seconds.toFixed(1)} s on ${result.pinned ? 'one pinned core' : 'one process'}: ${rate} msg/s (target >= 500)`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const child = process.argv.indexOf('--child');
  if (child !== -1) {
    process.stdout.write(JSON.stringify(await measure(process.argv[child + 1]!)));
  } else {
    for (const line of (await run()).lines) console.log(line);
  }
}
