/**
 * The text lines of the scam-quality benchmark: recall, precision and
 * false-positive rate per split and source, the signals behind misses and
 * false alarms, how often each signal fires on DEV, and the threshold curve.
 */
import type { AgentItem } from '../../src/agents/agent-item.js';
import type { CorpusItem, CorpusSet, Split } from './load-corpus.js';

export interface Scored {
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

export function splitLines(split: Split, scored: Scored[]): string[] {
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
    ...rateLines('  modern legitimate (2023 newsletters)', bySet('modern-legit')),
    ...rateLines('  modern legitimate (2018-2025 collection)', bySet('modern-legit-2')),
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
export function firingRates(scored: Scored[]): string[] {
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

/** Recall and false-positive rate of one split at thresholds 0.60 to 1.00, to show what a threshold trades. */
export function thresholdCurve(split: Split, scored: Scored[]): string[] {
  const rows = scored.filter((row) => row.corpus.split === split);
  const phishing = rows.filter((row) => row.corpus.label === 'phishing');
  const legit = rows.filter((row) => row.corpus.label === 'legit');
  const lines = [`${split.toUpperCase()} threshold curve (phishing recall / legitimate FPR):`];
  for (let step = 0; step <= 8; step++) {
    const threshold = Math.round((0.6 + step * 0.05) * 100) / 100;
    const tp = phishing.filter((row) => row.score >= threshold).length;
    const fp = legit.filter((row) => row.score >= threshold).length;
    lines.push(
      `  ${threshold.toFixed(2)}: recall ${percent(tp, phishing.length)} (${tp}/${phishing.length}), FPR ${percent(fp, legit.length)} (${fp}/${legit.length})`,
    );
  }
  return lines;
}
