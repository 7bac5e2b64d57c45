/**
 * `ops triage PATH`: triage and safety verdicts for every message of a mail
 * file, with no database. The mailbox's owner is taken to be the address most
 * of its mail is sent to; people the owner wrote to are the known contacts.
 */
import type { AgentContext } from '../agents/agent.js';
import { emptyAnalyses } from '../agents/agent.js';
import { type AgentItem, agentItemFromNormalised } from '../agents/agent-item.js';
import { defaultPreferences } from '../agents/preferences.js';
import { SafetyAgent } from '../agents/safety/safety-agent.js';
import { TriageAgent } from '../agents/triage/triage-agent.js';
import { lastRepliesAmong } from '../domain/items/answered.js';
import { itemContentHash } from '../domain/items/content-hash.js';
import type { LlmClient } from '../llm/llm-client.js';
import type { Logger } from '../logging/logger.js';
import { LocalMailboxSource, type LocalMailFormat } from '../sync/local/local-mailbox-source.js';
import type { ImportProblem } from '../sync/sources.js';

export interface TriageLine {
  message_id: string;
  subject: string;
  category: string;
  importance: number;
  needs_reply: boolean;
  due_at: string | null;
  is_scam: boolean;
  risk: string;
  prompt_injection: boolean;
  reasons: string[];
}

const CHUNK = 500;

/**
 * The owner is the address at least half of the mail is sent to (To or Cc).
 * A folder of mail to many different people (a shared export, a test set)
 * has no owner: each message then counts as addressed to the reader.
 */
export function inferOwner(items: AgentItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const recipients = new Set([...item.toAddresses, ...item.ccAddresses].map((a) => a.toLowerCase()));
    for (const a of recipients) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] * 2 >= items.length ? [top[0]] : [];
}

function knownContactsOf(items: AgentItem[], owner: string[]): Set<string> {
  const known = new Set<string>();
  for (const item of items) {
    if (!item.fromAddress || !owner.includes(item.fromAddress)) continue;
    for (const a of [...item.toAddresses, ...item.ccAddresses]) if (!owner.includes(a)) known.add(a);
  }
  return known;
}

export async function triageMailFile(options: {
  path: string;
  format: LocalMailFormat;
  maxBodyChars: number;
  timezone: string;
  now: Date;
  llm: LlmClient | undefined;
  logger: Logger;
  onProblem(problem: ImportProblem): void;
  onLine(line: TriageLine): void;
}): Promise<{ messages: number }> {
  const items: AgentItem[] = [];
  const source = new LocalMailboxSource({
    path: options.path,
    format: options.format,
    maxBodyChars: options.maxBodyChars,
  });
  for await (const batch of source.read(undefined)) {
    for (const problem of batch.problems) options.onProblem(problem);
    for (const n of batch.items) {
      items.push(
        agentItemFromNormalised(n, {
          id: `m${items.length + 1}`,
          accountId: 'file',
          contentHash: itemContentHash(n),
        }),
      );
    }
  }
  const owner = inferOwner(items);
  const knownContacts = knownContactsOf(items, owner);
  const lastUserReplies = lastRepliesAmong(items, new Set(owner));
  const safety = new SafetyAgent();
  const triage = new TriageAgent();
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const context: AgentContext = {
      runId: 'cli-triage',
      intent: 'refresh_inbox',
      now: options.now,
      user: {
        id: 'cli',
        displayName: owner[0] ?? 'me',
        addresses: owner,
        timezone: options.timezone,
        workdayStart: '09:00',
        workdayEnd: '17:30',
        workdays: [1, 2, 3, 4, 5],
        location: null,
      },
      preferences: defaultPreferences,
      items: chunk,
      knownContacts,
      calendar: [],
      forecasts: [],
      analyses: emptyAnalyses(),
      llm: options.llm?.isAvailable() ? options.llm : undefined,
      progress: () => {},
      logger: options.logger,
      calendarAccountId: undefined,
      signals: [],
      lastUserReplies,
    };
    const verdicts = await safety.run(context);
    context.analyses.safety = verdicts.output;
    const triaged = await triage.run(context);
    for (const item of chunk) {
      const t = triaged.output.get(item.id);
      const s = verdicts.output.get(item.id);
      if (!t || !s) continue; // the assistant's own mail is not triaged
      options.onLine({
        message_id: (item.headers['message-id'] as string | undefined) ?? item.externalId,
        subject: item.subject,
        category: t.category,
        importance: t.importance,
        needs_reply: t.needsReply,
        due_at: t.dueAt ? t.dueAt.toISOString() : null,
        is_scam: s.isScam,
        risk: s.riskLevel,
        prompt_injection: s.promptInjection,
        reasons: s.reasons.length ? s.reasons : t.reasons,
      });
    }
  }
  return { messages: items.length };
}
