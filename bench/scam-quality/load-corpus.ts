/**
 * Turns the corpus mbox files into AgentItems the way the app does: through
 * normaliseMime (src/sync/mail/normalise-mime.ts), so the benchmark scores
 * exactly the fields the safety agent sees in production.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgentItem, agentItemFromNormalised } from '../../src/agents/agent-item.js';
import { projectRoot } from '../../src/paths.js';
import { normaliseMime } from '../../src/sync/mail/normalise-mime.js';
import { readMbox } from './mbox.js';

export type Split = 'dev' | 'test';
/** `spam` is 2002-era bulk spam and scams: scored as "should be flagged", reported apart. */
export type Label = 'phishing' | 'legit' | 'spam';
/** Where a message comes from, for the per-source lines of the benchmark. */
export type CorpusSet =
  | 'phishing_pot'
  | 'phishing_pot-fresh'
  | 'spamassassin-ham'
  | 'spamassassin-ham-rest'
  | 'modern-legit'
  | 'modern-legit-2'
  | 'enron'
  | 'spamassassin-spam';

export interface CorpusItem {
  source: string;
  set: CorpusSet;
  label: Label;
  split: Split;
  raw: Buffer;
}

export const corpusDir = join(projectRoot, 'bench', 'corpus');
export const maxBodyChars = 100_000;

export function loadCorpus(): CorpusItem[] {
  const files: Array<{ file: string; set: CorpusSet; label: Label; split: Split }> = [
    { file: 'phishing-dev.mbox', set: 'phishing_pot', label: 'phishing', split: 'dev' },
    { file: 'phishing-test.mbox', set: 'phishing_pot', label: 'phishing', split: 'test' },
    { file: 'phishing-dev-more.mbox', set: 'phishing_pot', label: 'phishing', split: 'dev' },
    { file: 'phishing-test-fresh.mbox', set: 'phishing_pot-fresh', label: 'phishing', split: 'test' },
    { file: 'legit-dev.mbox.gz', set: 'spamassassin-ham', label: 'legit', split: 'dev' },
    { file: 'legit-test.mbox.gz', set: 'spamassassin-ham', label: 'legit', split: 'test' },
    { file: 'legit-rest-dev.mbox.gz', set: 'spamassassin-ham-rest', label: 'legit', split: 'dev' },
    { file: 'legit-rest-test.mbox.gz', set: 'spamassassin-ham-rest', label: 'legit', split: 'test' },
    { file: 'spam-dev.mbox.gz', set: 'spamassassin-spam', label: 'spam', split: 'dev' },
    { file: 'spam-test.mbox.gz', set: 'spamassassin-spam', label: 'spam', split: 'test' },
  ];
  const out: CorpusItem[] = [];
  for (const { file, set, label, split } of files) {
    for (const message of readMbox(join(corpusDir, file))) {
      out.push({
        source: message.source.split(' ')[0] ?? message.source,
        set,
        label,
        split,
        raw: message.raw,
      });
    }
  }
  // One sample per file: phishing_pot samples (split fixed by the folder), Enron messages
  // (split by the parity of the first byte of SHA-256 of the file name).
  for (const split of ['dev', 'test'] as const) {
    const dir = join(corpusDir, 'phishing', split);
    for (const name of listEml(dir)) {
      out.push({
        source: `phishing_pot/email/sample-${name.slice(3, -4)}.eml`,
        set: 'phishing_pot',
        label: 'phishing',
        split,
        raw: readFileSync(join(dir, name)),
      });
    }
  }
  // Modern mail with authentication headers, one per file; split like Enron. The seven
  // 2023 untrack newsletters (round 3) are reported apart from the later collection
  // (`<repo-owner>__<name>.eml`, see /work/brief/modern-legit-notes.md).
  const modernDir = join(corpusDir, 'modern-legit');
  for (const name of listEml(modernDir)) {
    out.push({
      source: `modern-legit/${name}`,
      set: name.startsWith('untrack-') ? 'modern-legit' : 'modern-legit-2',
      label: 'legit',
      split: enronSplit(name),
      raw: readFileSync(join(modernDir, name)),
    });
  }
  const enronDir = join(corpusDir, 'enron');
  for (const name of listEml(enronDir)) {
    out.push({
      source: `enron/${name}`,
      set: 'enron',
      label: 'legit',
      split: enronSplit(name),
      raw: readFileSync(join(enronDir, name)),
    });
  }
  return out;
}

function listEml(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
}

/** Fixed before any scoring: parity of the first byte of SHA-256(file name). */
export function enronSplit(name: string): Split {
  const first = Number.parseInt(createHash('sha256').update(name).digest('hex').slice(0, 2), 16);
  return first % 2 === 0 ? 'dev' : 'test';
}

export async function toAgentItem(raw: Buffer, index: number): Promise<AgentItem> {
  const normalised = await normaliseMime(raw, { maxBodyChars, position: `corpus message ${index}` });
  return agentItemFromNormalised(normalised, {
    id: `corpus-${index}`,
    accountId: '00000000-0000-4000-8000-000000000001',
    contentHash: createHash('sha256').update(raw).digest('hex'),
  });
}
