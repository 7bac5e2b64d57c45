import { describe, expect, it } from 'vitest';
import { ceilTo, freeSlots } from './free-slots.js';

describe('freeSlots', () => {
  it('subtracts overlapping and unsorted busy spans and drops short gaps', () => {
    const window = { start: 0, end: 100 };
    const busy = [
      { start: 50, end: 60 },
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 95, end: 200 },
      { start: -10, end: 2 },
    ];
    expect(freeSlots(window, busy, 5)).toEqual([
      { start: 2, end: 10 },
      { start: 30, end: 50 },
      { start: 60, end: 95 },
    ]);
    expect(freeSlots(window, busy, 10)).toEqual([
      { start: 30, end: 50 },
      { start: 60, end: 95 },
    ]);
  });

  it('returns the whole window when nothing is busy and nothing when all is', () => {
    expect(freeSlots({ start: 0, end: 10 }, [], 1)).toEqual([{ start: 0, end: 10 }]);
    expect(freeSlots({ start: 0, end: 10 }, [{ start: -5, end: 15 }], 1)).toEqual([]);
  });

  it('rounds up to a step', () => {
    expect(ceilTo(61, 15)).toBe(75);
    expect(ceilTo(75, 15)).toBe(75);
  });
});
