/**
 * Scam/phishing detection quality on the labelled public corpus in
 * bench/corpus (see its README for sources, licences and the DEV/TEST split):
 * precision, recall and false-positive rate on legitimate mail per split, the
 * reasons behind misses and false alarms, and scoring throughput.
 *
 *   node --import tsx bench/scam-quality.bench.ts            # summary
 *   node --import tsx bench/scam-quality.bench.ts --list dev # per-message detail, DEV only
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AgentItem } from '../src/agents/agent-item.js';
import { assessMail, type SafetyScoringContext } from '../src/agents/safety/score-mail.js';
import {
  type CorpusItem,
  fallbackNormalise,
  loadCorpus,
  projectNormaliser,
  type Split,
  toAgentItem,
} from './scam-quality/load-corpus.js';
import type { BenchResult } from './types.js';

const scoring: SafetyScoringContext = { knownContacts: new Set(), trustedSenders: [] };

interface Scored {
  corpus: CorpusItem;
  item: AgentItem;
  isScam: boolean;
  score: number;
  signalIds: string[];
}

function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : `${((100 * numerator) / denominator).toFixed(1)}%`;
}

function topCounts(ids: string[], limit: number): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id, count]) => `${id} x${count}`)
    .join(', ');
}

function splitLines(split: Split, scored: Scored[]): string[] {
  const rows = scored.filter((row) => row.corpus.split === split);
  const phishing = rows.filter((row) => row.corpus.label === 'phishing');
  const legit = rows.filter((row) => row.corpus.label === 'legit');
  const tp = phishing.filter((row) => row.isScam).length;
  const fp = legit.filter((row) => row.isScam).length;
  const medium = legit.filter((row) => !row.isScam && row.score >= 0.5).length;
  const misses = phishing.filter((row) => !row.isScam);
  const alarms = legit.filter((row) => row.isScam);
  return [
    `${split.toUpperCase()}: ${phishing.length} phishing, ${legit.length} legitimate`,
    `  recall ${percent(tp, phishing.length)} (${tp}/${phishing.length})  precision ${percent(tp, tp + fp)}  FPR on legit ${percent(fp, legit.length)} (${fp}/${legit.length}); legit at medium risk: ${medium}`,
    `  misses: top signals present ${
      topCounts(
        misses.flatMap((row) => row.signalIds),
        6,
      ) || '-'
    }; with no signal at all: ${misses.filter((row) => row.signalIds.length === 0).length}`,
    `  false alarms: top reasons ${
      topCounts(
        alarms.flatMap((row) => row.signalIds),
        6,
      ) || '-'
    }`,
  ];
}

export async function run(): Promise<BenchResult> {
  const corpus = loadCorpus();
  const projectNormalise = await projectNormaliser();
  const normalise = projectNormalise ?? fallbackNormalise;

  const parseStart = performance.now();
  const items: AgentItem[] = [];
  for (const [index, entry] of corpus.entries()) items.push(await toAgentItem(normalise, entry.raw, index));
  const parseMs = performance.now() - parseStart;

  const scored: Scored[] = corpus.map((entry, index) => {
    const item = items[index]!;
    const { verdict, signals } = assessMail(item, scoring);
    return {
      corpus: entry,
      item,
      isScam: verdict.isScam,
      score: verdict.score,
      signalIds: signals.map((s) => s.id),
    };
  });

  // Throughput of the safety scoring alone, several passes after a warm-up.
  const passes = 5;
  const scoreStart = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const item of items) assessMail(item, scoring);
  const scoreMs = performance.now() - scoreStart;
  const perSecond = Math.round((passes * items.length * 1000) / scoreMs);
  const withParsing = Math.round((items.length * 1000) / (parseMs + scoreMs / passes));

  const lines = [
    `corpus: ${corpus.length} messages; MIME via ${projectNormalise ? 'normaliseMime' : 'the benchmark stand-in (normaliseMime not present yet)'}`,
    ...splitLines('dev', scored),
    ...splitLines('test', scored),
    `throughput (one core): safety scoring ${perSecond} msgs/s; MIME parsing + scoring ${withParsing} msgs/s`,
  ];

  const listIndex = process.argv.indexOf('--list');
  if (listIndex >= 0 && process.argv[listIndex + 1] === 'dev') {
    for (const row of scored.filter((r) => r.corpus.split === 'dev')) {
      const wrong = row.isScam !== (row.corpus.label === 'phishing');
      if (!wrong && !process.argv.includes('--all')) continue;
      console.log(
        `${wrong ? 'WRONG' : 'ok   '} ${row.corpus.label.padEnd(8)} ${row.score.toFixed(2)} ${row.corpus.source} | ${row.item.fromName ?? ''} <${row.item.fromAddress ?? ''}> | ${row.item.subject.slice(0, 60)} | ${row.signalIds.join(',')}`,
      );
    }
  }
  return { name: 'scam-quality', lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  console.log(`# ${result.name}`);
  for (const line of result.lines) console.log(line);
}
