/**
 * Finds the user behind a chat identity. The terminal is the machine owner's
 * own console and is linked to the local user on first use; Slack and Telegram
 * identities are linked only through a one-time code (a later issue), so a
 * stranger resolves to nobody.
 */
import type { ChatIdentityRef } from '../bots/channel.js';
import type { PrismaClient, User } from '../db/generated/client.js';

export async function resolveChatUser(
  prisma: PrismaClient,
  identity: ChatIdentityRef,
  options: { localUserId?: string | undefined } = {},
): Promise<User | undefined> {
  const found = await prisma.chatIdentity.findUnique({
    where: {
      platform_workspaceId_externalUserId: {
        platform: identity.platform,
        workspaceId: identity.workspaceId,
        externalUserId: identity.externalUserId,
      },
    },
    include: { user: true },
  });
  if (found) return found.user;
  if (identity.platform !== 'console' || !options.localUserId) return undefined;
  const created = await prisma.chatIdentity.upsert({
    where: {
      platform_workspaceId_externalUserId: {
        platform: 'console',
        workspaceId: identity.workspaceId,
        externalUserId: identity.externalUserId,
      },
    },
    create: {
      userId: options.localUserId,
      platform: 'console',
      workspaceId: identity.workspaceId,
      externalUserId: identity.externalUserId,
      chatId: identity.chatId,
      displayName: identity.displayName ?? null,
    },
    update: {},
    include: { user: true },
  });
  return created.user;
}
