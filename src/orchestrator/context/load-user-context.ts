/** Who the run is for: the user, their addresses, contacts and preferences. */
import type pg from 'pg';
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

export async function loadUserContext(
  prisma: PrismaClient,
  pool: pg.Pool,
  userId: string,
): Promise<UserContext> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { accounts: { where: { status: { not: 'disconnected' } } }, preferences: true },
  });
  if (!user) throw new AppError('NOT_FOUND', `No user ${userId}`);
  const addresses = new Set<string>();
  if (user.email) addresses.add(user.email.toLowerCase());
  for (const account of user.accounts) {
    if (mailProviders.has(account.provider) && account.label.includes('@'))
      addresses.add(account.label.toLowerCase());
    const owner = (account.settings as { ownerAddress?: unknown }).ownerAddress;
    if (typeof owner === 'string') addresses.add(owner.toLowerCase());
  }
  if (addresses.size === 0) {
    const inferred = await inferOwnerAddress(pool, userId);
    if (inferred) addresses.add(inferred);
  }
  const known = await pool.query<{ address: string }>(
    `SELECT DISTINCT lower(a) AS address
       FROM items, unnest(to_addresses || cc_addresses) AS a
      WHERE user_id = $1 AND kind = 'email' AND lower(from_address) = ANY($2::text[])`,
    [userId, [...addresses]],
  );
  const knownContacts = new Set(known.rows.map((r) => r.address).filter((a) => !addresses.has(a)));
  const calendarAccount = user.accounts.find((a) =>
    (calendarProviders as readonly string[]).includes(a.provider),
  );
  return {
    user: {
      id: user.id,
      displayName: user.displayName,
      addresses: [...addresses],
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
async function inferOwnerAddress(pool: pg.Pool, userId: string): Promise<string | undefined> {
  const { rows } = await pool.query<{ address: string; n: string }>(
    `SELECT lower(a) AS address, count(*) AS n
       FROM items, unnest(to_addresses) AS a
      WHERE user_id = $1 AND kind = 'email'
      GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [userId],
  );
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
