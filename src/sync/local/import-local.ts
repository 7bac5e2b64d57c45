/**
 * Imports a local mailbox (mbox, .eml folder, one .eml) or .ics calendar into
 * the item store under a 'local' connected account. Each batch is one
 * idempotent upsert statement, so an interrupted import loses at most the
 * batch in flight and a re-run inserts nothing twice. Unreadable messages are
 * returned as problems; only an unreadable path fails the import.
 */
import { resolve } from 'node:path';
import type pg from 'pg';
import type { PrismaClient } from '../../db/generated/client.js';
import { removeVanishedEvents, upsertItems } from '../../db/items-repo.js';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import type { Logger } from '../../logging/logger.js';
import type { ImportProblem, SyncBatch } from '../sources.js';
import { assertLocalFormat, type LocalFormat } from './detect-local-format.js';
import { findOrCreateLocalAccount, markSyncFinished, markSyncStarted } from './local-account.js';
import { LocalCalendarSource } from './local-calendar-source.js';
import { LocalMailboxSource } from './local-mailbox-source.js';

export { detectLocalFormat, type LocalFormat } from './detect-local-format.js';

export interface ImportLocalOptions {
  prisma: PrismaClient;
  pool: pg.Pool;
  userId: string;
  path: string;
  format: LocalFormat;
  now?: Date;
  /** Calendar window around `now`; default 7 days back, 30 ahead. */
  horizonDays?: { past: number; future: number };
  transformItem?: (item: NormalisedItem) => NormalisedItem;
  maxBodyChars: number;
  logger: Logger;
  /** Called after each stored batch with the number of messages or events handled so far. */
  onProgress?: (done: number) => void;
}

export interface ImportLocalResult {
  accountId: string;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Calendar imports: events in the window that the file no longer holds. */
  removed: number;
  problems: ImportProblem[];
}

const day = 86_400_000;

function calendarWindow(options: ImportLocalOptions): { from: Date; to: Date } {
  const now = options.now ?? new Date();
  const horizon = options.horizonDays ?? { past: 7, future: 30 };
  return {
    from: new Date(now.getTime() - horizon.past * day),
    to: new Date(now.getTime() + horizon.future * day),
  };
}

async function batchesFor(options: ImportLocalOptions, path: string): Promise<AsyncIterable<SyncBatch>> {
  if (options.format !== 'ics') {
    return new LocalMailboxSource({ path, format: options.format, maxBodyChars: options.maxBodyChars }).read(
      undefined,
    );
  }
  const user = await options.prisma.user.findUniqueOrThrow({ where: { id: options.userId } });
  return new LocalCalendarSource({ path, defaultTimezone: user.timezone }).read(
    calendarWindow(options),
    undefined,
  );
}

/** Asks for the next batch before handing out the current one, so parsing overlaps the database write. */
async function* prefetched<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    while (true) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      // A failure while prefetching surfaces when that batch is awaited.
      next.catch(() => {});
      yield current.value;
    }
  } finally {
    // Stopped early (the database failed): let the source close its file.
    await iterator.return?.();
  }
}

export async function importLocal(options: ImportLocalOptions): Promise<ImportLocalResult> {
  const path = resolve(options.path);
  await assertLocalFormat(path, options.format);
  const { prisma, pool, userId } = options;
  const accountId = await findOrCreateLocalAccount(prisma, userId, path, options.format);
  const log = options.logger.child({ accountId, format: options.format });
  const result: ImportLocalResult = {
    accountId,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    problems: [],
  };
  const seenEvents: string[] = [];
  await markSyncStarted(prisma, accountId, options.now ?? new Date());
  log.info('local import started');
  let done = 0;
  try {
    for await (const batch of prefetched(await batchesFor(options, path))) {
      const items = options.transformItem ? batch.items.map(options.transformItem) : batch.items;
      const stored = await upsertItems(pool, { userId, accountId }, items);
      for (const item of items) if (item.kind === 'event') seenEvents.push(item.externalId);
      result.inserted += stored.inserted;
      result.updated += stored.updated;
      result.unchanged += stored.unchanged;
      result.problems.push(...batch.problems);
      for (const p of batch.problems)
        log.debug({ position: p.position, reason: p.reason }, 'message skipped');
      done += batch.items.length + batch.problems.length;
      options.onProgress?.(done);
    }
    // The file is the calendar: what it no longer holds is gone. Only after a read with no
    // unreadable entry, since one of those could be an event we would otherwise drop, and not
    // when items are transformed (the sample is moved in time, so its stored window differs).
    if (options.format === 'ics' && result.problems.length === 0 && !options.transformItem) {
      result.removed = await removeVanishedEvents(pool, accountId, calendarWindow(options), seenEvents);
    }
  } catch (error) {
    const message = (error as Error).message;
    await markSyncFinished(prisma, accountId, { at: new Date(), error: message, failed: true }).catch(
      () => {},
    );
    log.warn({ err: message, done }, 'local import failed');
    throw error;
  }
  const skipped = result.problems.length;
  const error = skipped > 0 ? `${skipped} ${skipped === 1 ? 'entry' : 'entries'} could not be read` : null;
  await markSyncFinished(prisma, accountId, { at: new Date(), error, failed: false });
  log.info(
    {
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.unchanged,
      removed: result.removed,
      skipped,
    },
    'local import done',
  );
  return result;
}
