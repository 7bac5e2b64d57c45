/**
 * Scam/phishing detection quality on the labelled public corpus in
 * bench/corpus (see its README for sources, licences and the DEV/TEST split):
 * precision, recall and false-positive rate on legitimate mail per split, the
 * reasons behind misses and false alarms, and scoring throughput.
 *
 *   node --import tsx bench/scam-quality.bench.ts            # summary
 *   node --import tsx bench/scam-quality.bench.ts --dev-only # DEV lines only (use while tuning)
 *   node --import tsx bench/scam-quality.bench.ts --list dev # per-message detail, DEV only
 *   node --import tsx bench/scam-quality.bench.ts --rates    # DEV firing rate of every signal
 *   node --import tsx bench/scam-quality.bench.ts --curve    # recall / FPR at thresholds 0.60-1.00
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AgentItem } from '../src/agents/agent-item.js';
import { assessMail, type SafetyScoringContext } from '../src/agents/safety/score-mail.js';
import { loadCorpus, type Split, toAgentItem } from './scam-quality/load-corpus.js';
import { firingRates, type Scored, splitLines, thresholdCurve } from './scam-quality/report.js';
import type { BenchResult } from './types.js';

const scoring: SafetyScoringContext = { knownContacts: new Set(), trustedSenders: [] };

export async function run(): Promise<BenchResult> {
  const corpus = loadCorpus();
  const parseStart = performance.now();
  const items: AgentItem[] = [];
  for (const [index, entry] of corpus.entries()) items.push(await toAgentItem(entry.raw, index));
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

  const args = process.argv;
  const splits: Split[] = args.includes('--dev-only') ? ['dev'] : ['dev', 'test'];
  const lines = [
    `corpus: ${corpus.length} messages; MIME via normaliseMime`,
    ...splits.flatMap((split) => splitLines(split, scored)),
    ...(args.includes('--curve') ? splits.flatMap((split) => thresholdCurve(split, scored)) : []),
    ...(args.includes('--rates') ? firingRates(scored) : []),
    `throughput (one core): safety scoring ${perSecond} msgs/s; MIME parsing + scoring ${withParsing} msgs/s`,
  ];

  const listIndex = args.indexOf('--list');
  if (listIndex >= 0 && args[listIndex + 1] === 'dev') {
    for (const row of scored.filter((r) => r.corpus.split === 'dev')) {
      const wrong = row.isScam !== (row.corpus.label !== 'legit');
      if (!wrong && !args.includes('--all')) continue;
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
