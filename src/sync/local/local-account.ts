/**
 * The connected_accounts row behind a local import: provider 'local', labelled
 * with the absolute path, so importing the same path again reuses it (and its
 * items' unique (account_id, external_id) keys make the re-import idempotent).
 */
import type { PrismaClient } from '../../db/generated/client.js';
import type { LocalFormat } from './detect-local-format.js';

export async function findOrCreateLocalAccount(
  prisma: PrismaClient,
  userId: string,
  path: string,
  format: LocalFormat,
): Promise<string> {
  const account = await prisma.connectedAccount.upsert({
    where: { userId_provider_label: { userId, provider: 'local', label: path } },
    create: { userId, provider: 'local', label: path, settings: { format } },
    update: { settings: { format } },
    select: { id: true },
  });
  return account.id;
}

export async function markSyncStarted(prisma: PrismaClient, accountId: string, at: Date): Promise<void> {
  await prisma.connectedAccount.update({ where: { id: accountId }, data: { lastSyncAt: at } });
}

export async function markSyncFinished(
  prisma: PrismaClient,
  accountId: string,
  outcome: { at: Date; error: string | null; failed: boolean },
): Promise<void> {
  await prisma.connectedAccount.update({
    where: { id: accountId },
    data: outcome.failed
      ? { lastSyncError: outcome.error, status: 'error' }
      : { lastSuccessAt: outcome.at, lastSyncError: outcome.error, status: 'active' },
  });
}
