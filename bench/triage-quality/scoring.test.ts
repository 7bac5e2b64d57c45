import { describe, expect, it } from 'vitest';
import { confusion, formatBinary, scoreBinary } from './scoring.js';

describe('scoreBinary', () => {
  it('counts each cell and divides by predicted and labelled positives', () => {
    const score = scoreBinary([
      { expected: true, predicted: true },
      { expected: true, predicted: true },
      { expected: true, predicted: false },
      { expected: false, predicted: true },
      { expected: false, predicted: false },
      { expected: false, predicted: false },
      { expected: false, predicted: false },
    ]);
    expect(score).toMatchObject({ truePositive: 2, falsePositive: 1, falseNegative: 1, trueNegative: 3 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(formatBinary(score)).toBe('precision 66.7% (2/3), recall 66.7% (2/3)');
  });

  it('keeps precision and recall apart when they differ', () => {
    const score = scoreBinary([
      { expected: true, predicted: true },
      { expected: true, predicted: false },
      { expected: true, predicted: false },
      { expected: true, predicted: false },
    ]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.25);
  });

  it('says n/a instead of dividing by zero', () => {
    const score = scoreBinary([{ expected: false, predicted: false }]);
    expect(score.precision).toBeUndefined();
    expect(score.recall).toBeUndefined();
    expect(formatBinary(score)).toBe('precision n/a (0/0), recall n/a (0/0)');
  });
});

describe('confusion', () => {
  it('counts predicted categories per expected category', () => {
    const table = confusion([
      { expected: 'work', predicted: 'work' },
      { expected: 'work', predicted: 'meeting' },
      { expected: 'work', predicted: 'work' },
      { expected: 'meeting', predicted: 'work' },
    ]);
    expect(table.get('work')?.get('work')).toBe(2);
    expect(table.get('work')?.get('meeting')).toBe(1);
    expect(table.get('meeting')?.get('work')).toBe(1);
    expect(table.get('meeting')?.get('meeting')).toBeUndefined();
  });
});
