import type { UserPreferences } from '../../agents/preferences.js';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';

/** Writes learned preferences; a key the user set by hand is never overwritten. */
export async function saveLearnedPreferences(
  prisma: PrismaClient,
  userId: string,
  update: Partial<UserPreferences>,
): Promise<string[]> {
  const written: string[] = [];
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    const json = value as Prisma.InputJsonValue;
    const { count } = await prisma.userPreference.updateMany({
      where: { userId, key, source: 'learned' },
      data: { value: json },
    });
    if (count === 0) {
      const created = await prisma.userPreference.createMany({
        data: [{ userId, key, value: json, source: 'learned' }],
        skipDuplicates: true,
      });
      if (created.count === 0) continue; // a user-set row exists
    }
    written.push(key);
  }
  return written;
}
