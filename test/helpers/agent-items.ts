/**
 * Builders for agent tests: an AgentItem (mail or event) and an AgentContext
 * with sensible defaults, so a test states only what it is about. Any agent's
 * tests may use them; nothing here touches a database or the network.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AgentContext,
  type AgentUser,
  type AnalysisSoFar,
  emptyAnalyses,
} from '../../src/agents/agent.js';
import { type AgentItem, agentItemFromNormalised } from '../../src/agents/agent-item.js';
import { defaultPreferences, type UserPreferences } from '../../src/agents/preferences.js';
import { itemContentHash } from '../../src/domain/items/content-hash.js';
import { silentLogger } from '../../src/logging/logger.js';
import { projectRoot } from '../../src/paths.js';
import { normaliseMime } from '../../src/sync/mail/normalise-mime.js';

/** The mailbox every test item lives in (a valid UUID, as proposal payloads require). */
export const testAccountId = '00000000-0000-4000-8000-000000000001';
export const testUserAddress = 'ada@example.org';
/** A Wednesday, 14:00 in London. */
export const testNow = new Date('2026-03-04T14:00:00Z');

function contentHashOf(item: Omit<AgentItem, 'contentHash'>): string {
  return createHash('sha256').update(JSON.stringify(item)).digest('base64url');
}

function snippetOf(body: string): string {
  return body.replaceAll(/\s+/g, ' ').trim().slice(0, 140);
}

/**
 * A mail from Grace to Ada unless overridden. `headers` is merged into a
 * default Message-ID; `replaceHeaders` replaces them all (e.g. none at all).
 */
export function makeEmailItem(
  overrides: Partial<AgentItem> & { replaceHeaders?: Record<string, string | string[]> } = {},
): AgentItem {
  const { replaceHeaders, headers, ...rest } = overrides;
  const id = rest.id ?? randomUUID();
  const messageId = `<${id}@mail.example.com>`;
  const bodyText = rest.bodyText ?? 'Hi Ada,\n\nJust a short note.\n\nGrace';
  const base: Omit<AgentItem, 'contentHash'> = {
    id,
    accountId: testAccountId,
    kind: 'email',
    externalId: messageId,
    threadId: null,
    fromAddress: 'grace@example.com',
    fromName: 'Grace Hopper',
    replyTo: null,
    toAddresses: [testUserAddress],
    ccAddresses: [],
    subject: 'Hello',
    snippet: snippetOf(bodyText),
    bodyText,
    receivedAt: new Date('2026-03-04T09:30:00Z'),
    startAt: null,
    endAt: null,
    allDay: false,
    location: null,
    headers: replaceHeaders ?? { 'message-id': messageId, ...headers },
    links: [],
    attachments: [],
    data: {},
    calendarPart: null,
    ...rest,
  };
  return { ...base, contentHash: rest.contentHash ?? contentHashOf(base) };
}

/** A one-hour calendar event tomorrow at 10:00 UTC unless overridden. */
export function makeEventItem(overrides: Partial<AgentItem> = {}): AgentItem {
  const id = overrides.id ?? randomUUID();
  const base: Omit<AgentItem, 'contentHash'> = {
    id,
    accountId: testAccountId,
    kind: 'event',
    externalId: `${id}@calendar.example.com`,
    threadId: null,
    fromAddress: null,
    fromName: null,
    replyTo: null,
    toAddresses: [],
    ccAddresses: [],
    subject: 'Planning',
    snippet: '',
    bodyText: '',
    receivedAt: null,
    startAt: new Date('2026-03-05T10:00:00Z'),
    endAt: new Date('2026-03-05T11:00:00Z'),
    allDay: false,
    location: null,
    headers: {},
    links: [],
    attachments: [],
    data: {},
    calendarPart: null,
    ...overrides,
  };
  return { ...base, contentHash: overrides.contentHash ?? contentHashOf(base) };
}

export function makeUser(overrides: Partial<AgentUser> = {}): AgentUser {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    displayName: 'Ada Lovelace',
    addresses: [testUserAddress],
    timezone: 'Europe/London',
    workdayStart: '09:00',
    workdayEnd: '17:00',
    workdays: [1, 2, 3, 4, 5],
    location: null,
    ...overrides,
  };
}

export type ContextOverrides = Partial<Omit<AgentContext, 'user' | 'preferences' | 'analyses'>> & {
  user?: Partial<AgentUser>;
  preferences?: Partial<UserPreferences>;
  analyses?: Partial<AnalysisSoFar>;
};

/** A heuristic-mode context (no LLM) for Ada in London at testNow. */
export function makeContext(overrides: ContextOverrides = {}): AgentContext {
  const { user, preferences, analyses, ...rest } = overrides;
  return {
    runId: randomUUID(),
    intent: 'refresh_inbox',
    now: testNow,
    user: makeUser(user),
    preferences: { ...defaultPreferences, ...preferences },
    items: [],
    knownContacts: new Set(),
    calendar: [],
    forecasts: [],
    analyses: { ...emptyAnalyses(), ...analyses },
    llm: undefined,
    progress: () => {},
    logger: silentLogger,
    calendarAccountId: undefined,
    signals: [],
    ...rest,
  };
}

export const mailFixturesDir = join(projectRoot, 'test', 'fixtures', 'mail');

/** Parses test/fixtures/mail/<name> through the real MIME path into an AgentItem. */
export async function loadMailFixture(
  name: string,
  ids: { id?: string; accountId?: string } = {},
): Promise<AgentItem> {
  const raw = await readFile(join(mailFixturesDir, name));
  const normalised = await normaliseMime(raw, { maxBodyChars: 100_000, position: name });
  return agentItemFromNormalised(normalised, {
    id: ids.id ?? randomUUID(),
    accountId: ids.accountId ?? testAccountId,
    contentHash: itemContentHash(normalised),
  });
}
