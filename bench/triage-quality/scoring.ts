/** Precision, recall and confusion counts for the triage-quality benchmark. */

export interface BinaryScore {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  /** Undefined when nothing was predicted positive. */
  precision: number | undefined;
  /** Undefined when nothing is labelled positive. */
  recall: number | undefined;
}

export function scoreBinary(pairs: Array<{ expected: boolean; predicted: boolean }>): BinaryScore {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let trueNegative = 0;
  for (const { expected, predicted } of pairs) {
    if (expected && predicted) truePositive++;
    else if (predicted) falsePositive++;
    else if (expected) falseNegative++;
    else trueNegative++;
  }
  const predictedPositive = truePositive + falsePositive;
  const labelledPositive = truePositive + falseNegative;
  return {
    truePositive,
    falsePositive,
    falseNegative,
    trueNegative,
    precision: predictedPositive === 0 ? undefined : truePositive / predictedPositive,
    recall: labelledPositive === 0 ? undefined : truePositive / labelledPositive,
  };
}

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

export function formatBinary(score: BinaryScore): string {
  const { truePositive: tp, falsePositive: fp, falseNegative: fn } = score;
  return `precision ${percent(score.precision)} (${tp}/${tp + fp}), recall ${percent(score.recall)} (${tp}/${tp + fn})`;
}

/** expected -> predicted -> count. */
export function confusion(
  pairs: Array<{ expected: string; predicted: string }>,
): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const { expected, predicted } of pairs) {
    const row = table.get(expected) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    table.set(expected, row);
  }
  return table;
}

export function formatConfusion(table: Map<string, Map<string, number>>): string[] {
  return [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([expected, row]) => {
      const cells = [...row.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([predicted, n]) => `${predicted} ${n}`)
        .join(', ');
      return `${expected} → ${cells}`;
    });
}
