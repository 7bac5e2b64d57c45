/**
 * Packs transcribed phishing samples (one `pp-<n>.eml` per rf-peixoto/phishing_pot
 * `email/sample-<n>.eml`) into bench/corpus/phishing-{dev,test}.mbox. Even
 * sample numbers go to DEV, odd ones to TEST: fixed before any scoring.
 *
 *   node --import tsx bench/scam-quality/make-phishing-corpus.ts <folder>
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { mboxEntry } from './mbox.js';

function main(folder: string): void {
  const dev: string[] = [];
  const test: string[] = [];
  const files = readdirSync(folder)
    .filter((name) => /^pp-\d+\.eml$/.test(name))
    .sort((a, b) => Number(a.slice(3, -4)) - Number(b.slice(3, -4)));
  for (const file of files) {
    const sample = Number(file.slice(3, -4));
    const entry = mboxEntry(
      `phishing_pot/email/sample-${sample}.eml phishing`,
      readFileSync(join(folder, file)),
    );
    (sample % 2 === 0 ? dev : test).push(entry);
  }
  const out = join(projectRoot, 'bench', 'corpus');
  writeFileSync(join(out, 'phishing-dev.mbox'), dev.join(''));
  writeFileSync(join(out, 'phishing-test.mbox'), test.join(''));
  console.log(`phishing: ${dev.length} dev, ${test.length} test`);
}

main(process.argv[2] ?? '.');
