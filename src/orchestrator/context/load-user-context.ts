/** Who the run is for: the user, their addresses, contacts and preferences. */
import type { AgentUser, PreferenceSignalView } from '../../agents/agent.js';
import { preferencesFromRows, type UserPreferences } from '../../agents/preferences.js';
import type { PrismaClient } from '../../db/generated/client.js';
import { AppError } from '../../domain/errors.js';

export interface UserContext {
  user: AgentUser;
  preferences: UserPreferences;
  /** Preference keys the user set by hand: learning never overwrites them. */
  userSetPreferenceKeys: string[];
  knownContacts: Set<string>;
  calendarAccountId: string | undefined;
}

const mailProviders = new Set(['gmail', 'outlook']);
const calendarProviders = ['google_calendar', 'outlook_calendar'] as const;

/** The user's own addresses: their email, their mailboxes, and a local mailbox's owner. */
export async function loadUserAddresses(
  prisma: PrismaClient,
  user: {
    id: string;
    email: string | null;
    accounts: Array<{ provider: string; label: string; settings: unknown }>;
  },
): Promise<string[]> {
  const addresses = new Set<string>();
  if (user.email) addresses.add(user.email.toLowerCase());
  for (const account of user.accounts) {
    if (mailProviders.has(account.provider) && account.label.includes('@'))
      addresses.add(account.label.toLowerCase());
    const owner = (account.settings as { ownerAddress?: unknown }).ownerAddress;
    if (typeof owner === 'string') addresses.add(owner.toLowerCase());
  }
  if (addresses.size === 0) {
    const inferred = await inferOwnerAddress(prisma, user.id);
    if (inferred) addresses.add(inferred);
  }
  return [...addresses];
}

export async function loadUserContext(prisma: PrismaClient, userId: string): Promise<UserContext> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { accounts: { where: { status: { not: 'disconnected' } } }, preferences: true },
  });
  if (!user) throw new AppError('NOT_FOUND', `No user ${userId}`);
  const addresses = await loadUserAddresses(prisma, user);
  const known = await prisma.$queryRaw<Array<{ address: string }>>`
    SELECT DISTINCT lower(a) AS address
      FROM items, unnest(to_addresses || cc_addresses) AS a
     WHERE user_id = ${userId}::uuid AND kind = 'email' AND lower(from_address) = ANY(${addresses}::text[])`;
  const knownContacts = new Set(known.map((r) => r.address).filter((a) => !addresses.includes(a)));
  const calendarAccount = user.accounts.find((a) =>
    (calendarProviders as readonly string[]).includes(a.provider),
  );
  return {
    user: {
      id: user.id,
      displayName: user.displayName,
      addresses,
      timezone: user.timezone,
      workdayStart: user.workdayStart,
      workdayEnd: user.workdayEnd,
      workdays: user.workdays,
      location: user.location,
    },
    preferences: preferencesFromRows(user.preferences),
    userSetPreferenceKeys: user.preferences.filter((p) => p.source === 'user').map((p) => p.key),
    knownContacts,
    calendarAccountId: calendarAccount?.id,
  };
}

/** For an imported mailbox with no declared owner: the address most of its mail is sent to. */
async function inferOwnerAddress(prisma: PrismaClient, userId: string): Promise<string | undefined> {
  const rows = await prisma.$queryRaw<Array<{ address: string }>>`
    SELECT lower(a) AS address
      FROM items, unnest(to_addresses) AS a
     WHERE user_id = ${userId}::uuid AND kind = 'email'
     GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  return rows[0]?.address;
}

export async function loadSignals(
  prisma: PrismaClient,
  userId: string,
  limit = 200,
): Promise<PreferenceSignalView[]> {
  const rows = await prisma.preferenceSignal.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
  return rows.map((r) => ({
    signal: r.signal,
    context: (r.context ?? {}) as Record<string, unknown>,
    reason: r.reason,
    diff: r.diff,
    createdAt: r.createdAt,
  }));
}
