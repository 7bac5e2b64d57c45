/**
 * A MailSource over local files: an mbox, a folder of mail files, or one
 * .eml. Yields batches of about 200 items; a message that cannot be read
 * becomes an ImportProblem naming where it is ("message 17 (byte 48213)",
 * "file a/b.eml") and why, and the import goes on. No cursor: a local file can
 * change between runs, so every run reads it whole and the store skips what
 * it already has.
 */
import { dirname } from 'node:path';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import { normaliseMime } from '../mail/normalise-mime.js';
import type { ImportProblem, MailSource, SyncBatch } from '../sources.js';
import { orderedWindow } from './ordered-concurrency.js';
import { listEmlFiles, readEmlFile } from './read-eml-files.js';
import { defaultMaxMessageBytes, readMbox } from './read-mbox.js';

export type LocalMailFormat = 'mbox' | 'eml-dir' | 'eml';

export interface LocalMailboxOptions {
  path: string;
  format: LocalMailFormat;
  maxBodyChars: number;
  batchSize?: number;
  /** Messages larger than this are reported, not parsed. */
  maxMessageBytes?: number;
}

interface Unread {
  position: string;
  raw: Buffer;
  fallbackDate: Date | undefined;
  /** Why it cannot even be parsed (too large). */
  skip?: string;
}

type Outcome = { item: NormalisedItem } | { problem: ImportProblem };

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / (1024 * 1024))} MB`;

export class LocalMailboxSource implements MailSource {
  readonly provider = 'local';

  constructor(private readonly options: LocalMailboxOptions) {}

  private async *messages(): AsyncGenerator<Unread> {
    const { path, format } = this.options;
    const maxBytes = this.options.maxMessageBytes ?? defaultMaxMessageBytes;
    const tooLarge = (size: number) => `larger than ${sizeText(maxBytes)} (${sizeText(size)}), skipped`;
    if (format === 'mbox') {
      for await (const m of readMbox(path, { maxMessageBytes: maxBytes })) {
        const position = `message ${m.index} (byte ${m.byteOffset})`;
        const skip = m.oversizeBytes ? tooLarge(m.oversizeBytes) : undefined;
        yield { position, raw: m.raw, fallbackDate: m.fromLineDate, ...(skip ? { skip } : {}) };
      }
      return;
    }
    const files = format === 'eml' ? [path] : await listEmlFiles(path);
    const base = format === 'eml' ? dirname(path) : path;
    for (const file of files) {
      const position = `file ${file.slice(base.length + 1) || file}`;
      try {
        const f = await readEmlFile(file, base, maxBytes);
        const skip = f.oversizeBytes ? tooLarge(f.oversizeBytes) : undefined;
        yield {
          position: `file ${f.relativePath}`,
          raw: f.raw,
          fallbackDate: f.mtime,
          ...(skip ? { skip } : {}),
        };
      } catch (error) {
        yield { position, raw: Buffer.alloc(0), fallbackDate: undefined, skip: (error as Error).message };
      }
    }
  }

  private async parse(message: Unread): Promise<Outcome> {
    if (message.skip) return { problem: { position: message.position, reason: message.skip } };
    try {
      const item = await normaliseMime(message.raw, {
        maxBodyChars: this.options.maxBodyChars,
        ...(message.fallbackDate ? { fallbackDate: message.fallbackDate } : {}),
      });
      return { item };
    } catch (error) {
      return { problem: { position: message.position, reason: (error as Error).message } };
    }
  }

  async *read(_cursor: string | undefined): AsyncIterable<SyncBatch> {
    const batchSize = this.options.batchSize ?? 200;
    const window = orderedWindow<Outcome>({ maxConcurrent: 4, maxBytes: 8 * 1024 * 1024 });
    let batch: SyncBatch = { items: [], problems: [] };
    const add = (outcomes: Outcome[]) => {
      for (const o of outcomes) {
        if ('item' in o) batch.items.push(o.item);
        else batch.problems.push(o.problem);
      }
    };
    for await (const message of this.messages()) {
      add(await window.push(() => this.parse(message), message.raw.length));
      if (batch.items.length + batch.problems.length >= batchSize) {
        yield batch;
        batch = { items: [], problems: [] };
      }
    }
    add(await window.drain());
    if (batch.items.length + batch.problems.length > 0) yield batch;
  }
}
