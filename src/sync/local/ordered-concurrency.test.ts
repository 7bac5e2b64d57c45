import { describe, expect, it } from 'vitest';
import { orderedWindow } from './ordered-concurrency.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('orderedWindow', () => {
  it('returns results in input order while running several at once', async () => {
    const window = orderedWindow<number>({ maxConcurrent: 3, maxBytes: 1000 });
    let running = 0;
    let peak = 0;
    const results: number[] = [];
    for (let i = 0; i < 10; i++) {
      const work = async () => {
        running++;
        peak = Math.max(peak, running);
        await later(null, (10 - i) * 3); // later inputs finish first
        running--;
        return i;
      };
      results.push(...(await window.push(work, 1)));
    }
    results.push(...(await window.drain()));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('runs a large input alone when the byte budget is spent', async () => {
    const window = orderedWindow<string>({ maxConcurrent: 4, maxBytes: 100 });
    let running = 0;
    const seen: number[] = [];
    const work = (name: string) => async () => {
      running++;
      seen.push(running);
      await later(null, 5);
      running--;
      return name;
    };
    const out = [
      ...(await window.push(work('small'), 10)),
      ...(await window.push(work('huge'), 95)),
      ...(await window.push(work('after'), 10)),
    ];
    out.push(...(await window.drain()));
    expect(out).toEqual(['small', 'huge', 'after']);
    expect(seen).toEqual([1, 1, 1]);
  });

  it('passes a failure to whoever awaits that result', async () => {
    const window = orderedWindow<number>({ maxConcurrent: 2, maxBytes: 100 });
    await window.push(() => Promise.reject(new Error('boom')), 1);
    await expect(window.drain()).rejects.toThrow('boom');
  });
});
