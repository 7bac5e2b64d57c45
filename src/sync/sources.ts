/**
 * Read-side source interfaces. A source turns one account's mail or calendar
 * into normalised items, batch by batch; the caller stores each batch and only
 * then advances the cursor, so a crash loses nothing and duplicates nothing.
 * No source can write to its provider: write clients live in src/executor/.
 */
import type { NormalisedItem } from '../domain/items/normalised-item.js';

/** A message or event that could not be read, and why, without its content. */
export interface ImportProblem {
  /** Where it is: "message 17 (byte 48213)", "file inbox/0042.eml", "VEVENT 3". */
  position: string;
  reason: string;
}

export interface SyncBatch {
  items: NormalisedItem[];
  problems: ImportProblem[];
  /** Where to resume after this batch is stored (provider cursor), if the source has one. */
  cursor?: string | undefined;
}

export interface MailSource {
  readonly provider: string;
  /** Yields batches from `cursor` (or from the start) until the source is exhausted. */
  read(cursor: string | undefined): AsyncIterable<SyncBatch>;
}

export interface CalendarSource {
  readonly provider: string;
  /** Yields event batches covering [from, to), recurring events expanded. */
  read(range: { from: Date; to: Date }, cursor: string | undefined): AsyncIterable<SyncBatch>;
}
