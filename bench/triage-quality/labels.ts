/**
 * The labelled mail of the triage-quality benchmark: real Enron messages with
 * hand-made labels (request = asks its recipients for an answer or an action;
 * meeting = proposes, schedules, moves or gives the logistics of an upcoming
 * meeting or call). Labels were written before any heuristic ran on the
 * messages; bench/corpus/triage/README.md says how.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { triageCategories } from '../../src/domain/analysis/triage.js';
import { projectRoot } from '../../src/paths.js';
import { enronSplit, type Split } from '../scam-quality/load-corpus.js';

const labelSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.eml$/),
  request: z.boolean(),
  meeting: z.boolean(),
  category: z.enum(triageCategories),
  reason: z.string().min(3),
});
export type Label = z.infer<typeof labelSchema>;

/**
 * enron: bench/corpus/enron; more: read in round 1; fresh: labelled after round 1's code was frozen;
 * round2 (Enron) and modern (2018-2025 mail of bench/corpus/modern-legit, read in place): labelled in
 * round 2 before any heuristic ran on them.
 */
export type LabelSet = 'enron' | 'more' | 'fresh' | 'round2' | 'modern';

export interface LabelledMail extends Label {
  set: LabelSet;
  split: Split;
  raw: Buffer;
}

const corpus = join(projectRoot, 'bench', 'corpus');

/** Each labels file names the folder its messages live in. */
const sources: Array<{ set: LabelSet; labels: string; dir: string }> = [
  { set: 'enron', labels: join(corpus, 'triage', 'labels-enron.json'), dir: join(corpus, 'enron') },
  {
    set: 'more',
    labels: join(corpus, 'triage', 'labels-enron-more.json'),
    dir: join(corpus, 'triage', 'enron-more'),
  },
  {
    set: 'fresh',
    labels: join(corpus, 'triage', 'labels-enron-fresh.json'),
    dir: join(corpus, 'triage', 'enron-fresh'),
  },
  {
    set: 'round2',
    labels: join(corpus, 'triage', 'labels-enron-round2.json'),
    dir: join(corpus, 'triage', 'enron-round2'),
  },
  {
    set: 'modern',
    labels: join(corpus, 'triage', 'labels-modern.json'),
    // The scam benchmark's modern legitimate mail, read in place.
    dir: join(corpus, 'modern-legit'),
  },
];

export function loadLabelledMail(): LabelledMail[] {
  const out: LabelledMail[] = [];
  for (const source of sources) {
    const labels = z.array(labelSchema).parse(JSON.parse(readFileSync(source.labels, 'utf8')));
    for (const label of labels) {
      // Same rule as the scam benchmark's Enron split, fixed before scoring: SHA-256 parity of the name.
      out.push({
        ...label,
        set: source.set,
        split: enronSplit(label.file),
        raw: readFileSync(join(source.dir, label.file)),
      });
    }
  }
  return out;
}
