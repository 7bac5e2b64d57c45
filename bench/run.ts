/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command
 * line), prints their figures with the machine they ran on, and writes them
 * to bench/out/latest.md for the README.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const sections: string[] = [`Machine: ${machine}`];
console.log(sections[0]);
let failed = 0;
for (const file of files) {
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<BenchResult> };
    if (!mod.run) continue;
    const result = await mod.run();
    const block = [
      `### ${result.name} (${file}, ${Math.round((Date.now() - started) / 1000)} s)`,
      ...result.lines.map((l) => `- ${l}`),
    ];
    console.log(`\n${block.join('\n')}`);
    sections.push(block.join('\n'));
  } catch (error) {
    failed++;
    console.error(
      `\n${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}
await mkdir(join(dir, 'out'), { recursive: true });
await writeFile(join(dir, 'out', 'latest.md'), `${sections.join('\n\n')}\n`);
process.exitCode = failed ? 1 : 0;
