import type { AttachmentRef, ItemKind, LinkRef, NormalisedItem } from '../domain/items/normalised-item.js';

/**
 * The item as agents see it: a stored row (see toAgentItem) or, for
 * `ops triage`, a freshly parsed message with a made-up id. Agents never need
 * the database to read one.
 */
export interface AgentItem {
  id: string;
  accountId: string;
  kind: ItemKind;
  externalId: string;
  threadId: string | null;
  fromAddress: string | null;
  fromName: string | null;
  replyTo: string | null;
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  snippet: string;
  bodyText: string;
  receivedAt: Date | null;
  startAt: Date | null;
  endAt: Date | null;
  allDay: boolean;
  location: string | null;
  headers: Record<string, string | string[]>;
  links: LinkRef[];
  attachments: AttachmentRef[];
  data: Record<string, unknown>;
  calendarPart: string | null;
  contentHash: string;
}

/** Reads one header as a single string (first value when repeated). */
export function header(item: Pick<AgentItem, 'headers'>, name: string): string | undefined {
  const value = item.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads every value of a header. */
export function headerAll(item: Pick<AgentItem, 'headers'>, name: string): string[] {
  const value = item.headers[name.toLowerCase()];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function agentItemFromNormalised(
  item: NormalisedItem,
  ids: { id: string; accountId: string; contentHash: string },
): AgentItem {
  return {
    ...ids,
    kind: item.kind,
    externalId: item.externalId,
    threadId: item.threadId ?? null,
    fromAddress: item.fromAddress ?? null,
    fromName: item.fromName ?? null,
    replyTo: item.replyTo ?? null,
    toAddresses: item.toAddresses,
    ccAddresses: item.ccAddresses,
    subject: item.subject,
    snippet: item.snippet,
    bodyText: item.bodyText,
    receivedAt: item.receivedAt ?? null,
    startAt: item.startAt ?? null,
    endAt: item.endAt ?? null,
    allDay: item.allDay,
    location: item.location ?? null,
    headers: item.headers,
    links: item.links,
    attachments: item.attachments,
    data: item.data as Record<string, unknown>,
    calendarPart: item.calendarPart ?? null,
  };
}
