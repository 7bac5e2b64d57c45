import type { AgentItem } from '../../agents/agent-item.js';
import type { Item } from '../../db/generated/client.js';
import type { AttachmentRef, LinkRef } from '../../domain/items/normalised-item.js';

/** A stored item as agents read it (JSON columns typed, nothing else changed). */
export function toAgentItem(row: Item): AgentItem {
  return {
    id: row.id,
    accountId: row.accountId,
    kind: row.kind,
    externalId: row.externalId,
    threadId: row.threadId,
    fromAddress: row.fromAddress,
    fromName: row.fromName,
    replyTo: row.replyTo,
    toAddresses: row.toAddresses,
    ccAddresses: row.ccAddresses,
    subject: row.subject,
    snippet: row.snippet,
    bodyText: row.bodyText,
    receivedAt: row.receivedAt,
    startAt: row.startAt,
    endAt: row.endAt,
    allDay: row.allDay,
    location: row.location,
    headers: (row.headers ?? {}) as Record<string, string | string[]>,
    links: (row.links ?? []) as unknown as LinkRef[],
    attachments: (row.attachments ?? []) as unknown as AttachmentRef[],
    data: (row.data ?? {}) as Record<string, unknown>,
    calendarPart: row.calendarPart,
    contentHash: row.contentHash,
  };
}

/** Mail the assistant wrote itself (its drafts, replies sent from them) is never input. */
export function isOwnAssistantMail(item: AgentItem): boolean {
  return item.headers['x-ops-center'] !== undefined;
}
