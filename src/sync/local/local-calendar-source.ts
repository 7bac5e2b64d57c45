/**
 * A CalendarSource over one .ics file: events in [from, to), recurring ones
 * expanded, in batches. The file is read whole (calendars are small; the cap
 * keeps a mistaken multi-GB path from exhausting memory).
 */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import { parseIcs } from '../ics/parse-ics.js';
import type { CalendarSource, SyncBatch } from '../sources.js';

export const maxIcsBytes = 64 * 1024 * 1024;

export interface LocalCalendarOptions {
  path: string;
  /** The user's zone, for floating times and all-day dates. */
  defaultTimezone: string;
  batchSize?: number;
}

export class LocalCalendarSource implements CalendarSource {
  readonly provider = 'local';

  constructor(private readonly options: LocalCalendarOptions) {}

  async *read(range: { from: Date; to: Date }, _cursor: string | undefined): AsyncIterable<SyncBatch> {
    const { path, defaultTimezone } = this.options;
    const size = (await stat(path)).size;
    if (size > maxIcsBytes) {
      throw new AppError(
        'IMPORT_UNREADABLE',
        `${path} is ${Math.round(size / 1048576)} MB; calendars over 64 MB are not read`,
      );
    }
    const parsed = parseIcs(await readFile(path, 'utf8'), { ...range, defaultTimezone });
    const batchSize = this.options.batchSize ?? 200;
    for (let i = 0; i === 0 || i < parsed.events.length; i += batchSize) {
      yield { items: parsed.events.slice(i, i + batchSize), problems: i === 0 ? parsed.problems : [] };
    }
  }
}
