/**
 * First start with nothing connected: import the bundled sample. Runs once:
 * any connected account means the user has their own data and the sample
 * stays out of the way.
 */
import type { User } from '../db/generated/client.js';
import { importSample } from '../sync/local/import-sample.js';
import type { App } from './open-app.js';

export async function ensureSampleMailbox(
  app: App,
  user: User,
  now: Date = new Date(),
): Promise<string | undefined> {
  const { prisma, pool } = app.db;
  if (!app.config.sampleMailbox) return undefined;
  if ((await prisma.connectedAccount.count({ where: { userId: user.id } })) > 0) return undefined;
  const { mail, calendar } = await importSample({
    prisma,
    pool,
    userId: user.id,
    timezone: user.timezone,
    now,
    maxBodyChars: app.config.itemBodyMaxChars,
    logger: app.logger,
  });
  return (
    `Loaded the sample: ${mail.inserted} mails and ${calendar.inserted} calendar events of Sam Rivera (invented), ` +
    'moved to this week. Import your own with /import PATH or `ops import`; OPS_SAMPLE_MAILBOX=false skips it.'
  );
}
