/**
 * Scam/phishing detection quality on the labelled public corpus in
 * bench/corpus (see its README for sources, licences and the DEV/TEST split):
 * precision, recall and false-positive rate on legitimate mail per split, the
 * reasons behind misses and false alarms, and scoring throughput.
 *
 *   node --import tsx bench/scam-quality.bench.ts            # summary
 *   node --import tsx bench/scam-quality.bench.ts --list dev # per-message detail, DEV only
 *   node --import tsx bench/scam-quality.bench.ts --rates    # DEV firing rate of every signal
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AgentItem } from '../src/agents/agent-item.js';
import { assessMail, type SafetyScoringContext } from '../src/agents/safety/score-mail.js';
import {
  type CorpusItem,
  type CorpusSet,
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

function rateLines(title: string, rows: Scored[]): string[] {
  if (rows.length === 0) return [];
  const positives = rows.filter((row) => row.corpus.label !== 'legit');
  const legit = rows.filter((row) => row.corpus.label === 'legit');
  const tp = positives.filter((row) => row.isScam).length;
  const fp = legit.filter((row) => row.isScam).length;
  const parts = [`${title}:`];
  if (positives.length > 0) parts.push(`recall ${percent(tp, positives.length)} (${tp}/${positives.length})`);
  if (positives.length > 0 && legit.length > 0) parts.push(`precision ${percent(tp, tp + fp)}`);
  if (legit.length > 0) {
    const medium = legit.filter((row) => !row.isScam && row.score >= 0.5).length;
    parts.push(`FPR ${percent(fp, legit.length)} (${fp}/${legit.length}), at medium risk ${medium}`);
  }
  return [`  ${parts.join('  ')}`];
}

function splitLines(split: Split, scored: Scored[]): string[] {
  const rows = scored.filter((row) => row.corpus.split === split);
  const phishing = rows.filter((row) => row.corpus.label === 'phishing');
  const legit = rows.filter((row) => row.corpus.label === 'legit');
  const misses = phishing.filter((row) => !row.isScam);
  const alarms = legit.filter((row) => row.isScam);
  const bySet = (set: CorpusSet) => rows.filter((row) => row.corpus.set === set);
  return [
    `${split.toUpperCase()}: ${phishing.length} phishing, ${legit.length} legitimate, ${rows.length - phishing.length - legit.length} old spam`,
    ...rateLines('phishing vs all legitimate', [...phishing, ...legit]),
    ...rateLines('  phishing_pot', bySet('phishing_pot')),
    ...rateLines('  phishing_pot, sealed until weights froze', bySet('phishing_pot-fresh')),
    ...rateLines('  SpamAssassin ham (first pick)', bySet('spamassassin-ham')),
    ...rateLines('  SpamAssassin ham (rest)', bySet('spamassassin-ham-rest')),
    ...rateLines('  modern legitimate', bySet('modern-legit')),
    ...rateLines('  Enron', bySet('enron')),
    ...rateLines('  SpamAssassin spam (2002)', bySet('spamassassin-spam')),
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

/** How often each signal fires on DEV phishing vs DEV legitimate mail: the evidence behind its weight. */
function firingRates(scored: Scored[]): string[] {
  const dev = scored.filter((row) => row.corpus.split === 'dev');
  const groups = {
    phishing: dev.filter((row) => row.corpus.label === 'phishing'),
    legit: dev.filter((row) => row.corpus.label === 'legit'),
    spam: dev.filter((row) => row.corpus.label === 'spam'),
  };
  const ids = new Set(dev.flatMap((row) => row.signalIds));
  const rate = (rows: Scored[], id: string) =>
    rows.length === 0 ? 0 : rows.filter((row) => row.signalIds.includes(id)).length / rows.length;
  const lines = [
    `DEV signal firing rates (phishing n=${groups.phishing.length} / legit n=${groups.legit.length} / old spam n=${groups.spam.length}):`,
  ];
  const sorted = [...ids].sort((a, b) => rate(groups.phishing, b) - rate(groups.phishing, a));
  for (const id of sorted) {
    const cells = [groups.phishing, groups.legit, groups.spam].map((rows) =>
      `${(100 * rate(rows, id)).toFixed(1)}%`.padStart(6),
    );
    lines.push(`  ${id.padEnd(42)} ${cells.join(' ')}`);
  }
  return lines;
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
    ...(process.argv.includes('--rates') ? firingRates(scored) : []),
    `throughput (one core): safety scoring ${perSecond} msgs/s; MIME parsing + scoring ${withParsing} msgs/s`,
  ];

  const listIndex = process.argv.indexOf('--list');
  if (listIndex >= 0 && process.argv[listIndex + 1] === 'dev') {
    for (const row of scored.filter((r) => r.corpus.split === 'dev')) {
      const wrong = row.isScam !== (row.corpus.label !== 'legit');
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
