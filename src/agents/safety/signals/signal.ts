/** One piece of evidence about a mail, with its weight in the total score. */
export interface Signal {
  /** Stable key, for tests and the benchmark's reason counts. */
  id: string;
  weight: number;
  /** One human-readable line shown to the user. */
  reason: string;
}

/** Adds the family's signals to `out`, scaling them down when they exceed `cap` together. */
export function pushCapped(out: Signal[], family: Signal[], cap: number): void {
  let total = 0;
  for (const signal of family) total += signal.weight;
  const scale = total > cap ? cap / total : 1;
  for (const signal of family) out.push(scale === 1 ? signal : { ...signal, weight: signal.weight * scale });
}
