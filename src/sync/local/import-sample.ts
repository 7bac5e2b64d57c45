/**
 * Imports the bundled sample (Sam Rivera's invented mailbox and calendar
 * week) for a user, moved in time so that its "today" is the user's today,
 * and marks both accounts as the sample, owned by Sam's address.
 */
import type pg from 'pg';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { Logger } from '../../logging/logger.js';
import { importLocal } from './import-local.js';
import {
  SAMPLE_TODAY,
  sampleCalendarPath,
  sampleDayStart,
  sampleMailboxPath,
  sampleShiftDays,
  sampleShiftMs,
  shiftItem,
} from './sample-mailbox.js';

/** The sample mailbox belongs to this address; it is the "user" the agents reason for. */
export const SAMPLE_OWNER = 'sam.rivera@fernhill-studio.com';

export async function importSample(options: {
  prisma: PrismaClient;
  pool: pg.Pool;
  userId: string;
  timezone: string;
  now: Date;
  maxBodyChars: number;
  logger: Logger;
}) {
  const shift = sampleShiftMs(options.now, options.timezone);
  const days = sampleShiftDays(options.now, options.timezone);
  const common = {
    prisma: options.prisma,
    pool: options.pool,
    userId: options.userId,
    maxBodyChars: options.maxBodyChars,
    logger: options.logger,
    transformItem: (item: Parameters<typeof shiftItem>[0]) => shiftItem(item, shift, days),
  };
  const mail = await importLocal({ ...common, path: sampleMailboxPath, format: 'mbox' });
  // Recurring events are expanded around the sample's own week, then shifted with everything else.
  const calendar = await importLocal({
    ...common,
    path: sampleCalendarPath,
    format: 'ics',
    now: sampleDayStart(SAMPLE_TODAY),
    horizonDays: { past: 7, future: 14 },
  });
  for (const id of [mail.accountId, calendar.accountId]) {
    const account = await options.prisma.connectedAccount.findUniqueOrThrow({ where: { id } });
    const settings = { ...(account.settings as object), ownerAddress: SAMPLE_OWNER, sample: true };
    await options.prisma.connectedAccount.update({
      where: { id },
      data: { settings: settings as Prisma.InputJsonValue },
    });
  }
  return { mail, calendar };
}
