/**
 * First start with nothing connected: import the bundled sample (Sam Rivera's
 * invented mailbox and calendar week), moved in time so that its "today" is
 * the user's today. Runs once: any connected account means the user has
 * their own data and the sample stays out of the way.
 */
import type { Prisma, User } from '../db/generated/client.js';
import { importLocal } from '../sync/local/import-local.js';
import {
  SAMPLE_TODAY,
  sampleCalendarPath,
  sampleDayStart,
  sampleMailboxPath,
  sampleShiftDays,
  sampleShiftMs,
  shiftItem,
} from '../sync/local/sample-mailbox.js';
import type { App } from './open-app.js';

/** The sample mailbox belongs to this address; it is the "user" the agents reason for. */
export const SAMPLE_OWNER = 'sam.rivera@fernhill-studio.com';

export async function ensureSampleMailbox(
  app: App,
  user: User,
  now: Date = new Date(),
): Promise<string | undefined> {
  const { prisma, pool } = app.db;
  if (!app.config.sampleMailbox) return undefined;
  if ((await prisma.connectedAccount.count({ where: { userId: user.id } })) > 0) return undefined;
  const shift = sampleShiftMs(now, user.timezone);
  const days = sampleShiftDays(now, user.timezone);
  const common = {
    prisma,
    pool,
    userId: user.id,
    maxBodyChars: app.config.itemBodyMaxChars,
    logger: app.logger,
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
    const account = await prisma.connectedAccount.findUniqueOrThrow({ where: { id } });
    const settings = { ...(account.settings as object), ownerAddress: SAMPLE_OWNER, sample: true };
    await prisma.connectedAccount.update({
      where: { id },
      data: { settings: settings as Prisma.InputJsonValue },
    });
  }
  return (
    `Loaded the sample: ${mail.inserted} mails and ${calendar.inserted} calendar events of Sam Rivera (invented), ` +
    'moved to this week. Import your own with /import PATH or `ops import`; OPS_SAMPLE_MAILBOX=false skips it.'
  );
}
