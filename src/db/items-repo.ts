/**
 * Stores normalised items. One statement per batch: each item is inserted (or
 * updated when its content changed) atomically, so a crash mid-import leaves
 * whole items or none, and a re-run inserts nothing twice.
 */
import type pg from 'pg';
import { itemContentHash } from '../domain/items/content-hash.js';
import type { NormalisedItem } from '../domain/items/normalised-item.js';

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

const columns = `
  kind "ItemKind", external_id text, thread_id text, from_address text, from_name text, reply_to text,
  to_addresses text[], cc_addresses text[], subject text, snippet text, body_text text, body_truncated boolean,
  received_at timestamptz, start_at timestamptz, end_at timestamptz, all_day boolean, location text,
  headers jsonb, links jsonb, attachments jsonb, data jsonb, calendar_part text, content_hash text`;

const names = `kind, external_id, thread_id, from_address, from_name, reply_to, to_addresses, cc_addresses,
  subject, snippet, body_text, body_truncated, received_at, start_at, end_at, all_day, location, headers, links,
  attachments, data, calendar_part, content_hash`;

const updatable = names
  .split(',')
  .map((n) => n.trim())
  .filter((n) => n !== 'kind' && n !== 'external_id')
  .map((n) => `${n} = EXCLUDED.${n}`)
  .join(', ');

// Postgres text cannot hold NUL; mail occasionally does.
function clean(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

function toRecord(item: NormalisedItem) {
  return {
    kind: item.kind,
    external_id: clean(item.externalId),
    thread_id: item.threadId ? clean(item.threadId) : null,
    from_address: item.fromAddress ? clean(item.fromAddress) : null,
    from_name: item.fromName ? clean(item.fromName) : null,
    reply_to: item.replyTo ? clean(item.replyTo) : null,
    to_addresses: item.toAddresses.map(clean),
    cc_addresses: item.ccAddresses.map(clean),
    subject: clean(item.subject),
    snippet: clean(item.snippet),
    body_text: clean(item.bodyText),
    body_truncated: item.bodyTruncated,
    received_at: item.receivedAt?.toISOString() ?? null,
    start_at: item.startAt?.toISOString() ?? null,
    end_at: item.endAt?.toISOString() ?? null,
    all_day: item.allDay,
    location: item.location ? clean(item.location) : null,
    headers: item.headers,
    links: item.links,
    attachments: item.attachments,
    data: item.data,
    calendar_part: item.calendarPart ? clean(item.calendarPart) : null,
    content_hash: itemContentHash(item),
  };
}

export async function upsertItems(
  db: pg.Pool | pg.PoolClient,
  target: { userId: string; accountId: string },
  items: NormalisedItem[],
): Promise<UpsertResult> {
  if (items.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  // The same external id twice in one batch would make ON CONFLICT fail; keep the last.
  const byId = new Map(items.map((item) => [item.externalId, toRecord(item)]));
  const records = [...byId.values()];
  const json = JSON.stringify(records).replaceAll('\\u0000', '');
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO items (user_id, account_id, ${names})
     SELECT $1::uuid, $2::uuid, ${names} FROM jsonb_to_recordset($3::jsonb) AS r(${columns})
     ON CONFLICT (account_id, external_id) DO UPDATE SET ${updatable}, updated_at = now()
       WHERE items.content_hash IS DISTINCT FROM EXCLUDED.content_hash
     RETURNING (xmax = 0) AS inserted`,
    [target.userId, target.accountId, json],
  );
  const inserted = rows.filter((r) => r.inserted).length;
  const updated = rows.length - inserted;
  return { inserted, updated, unchanged: items.length - rows.length };
}

/**
 * Removes an account's events starting in [from, to) that a complete read of
 * the calendar no longer holds (deleted, or an occurrence moved by an EXDATE).
 * Proposals that pointed at them keep their history (item_id is set null).
 */
export async function removeVanishedEvents(
  db: pg.Pool | pg.PoolClient,
  accountId: string,
  range: { from: Date; to: Date },
  keptExternalIds: readonly string[],
): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM items
     WHERE account_id = $1::uuid AND kind = 'event'
       AND start_at >= $2::timestamptz AND start_at < $3::timestamptz
       AND NOT (external_id = ANY($4::text[]))`,
    [accountId, range.from.toISOString(), range.to.toISOString(), keptExternalIds.map(clean)],
  );
  return rowCount ?? 0;
}
