/**
 * The embedded default serves one person: the first user, created on first
 * start from OPS_USER_NAME and OPS_TIMEZONE. Later issues add more users
 * through chat linking; this one stays the terminal's owner.
 */
import type { Config } from '../config/config.js';
import type { PrismaClient, User } from '../db/generated/client.js';

export async function ensureLocalUser(prisma: PrismaClient, config: Config): Promise<User> {
  const existing = await prisma.user.findFirst({ orderBy: { createdAt: 'asc' } });
  if (existing) return existing;
  return prisma.user.create({ data: { displayName: config.userName, timezone: config.timezone } });
}
