import { createHash } from 'node:crypto';
import type { NormalisedItem } from './normalised-item.js';

/** Changes when anything an agent reads changes; agents skip items whose hash they have seen. */
export function itemContentHash(item: NormalisedItem): string {
  const h = createHash('sha256');
  const parts = [
    item.kind,
    item.subject,
    item.fromAddress ?? '',
    item.fromName ?? '',
    item.replyTo ?? '',
    item.toAddresses.join(','),
    item.ccAddresses.join(','),
    item.bodyText,
    item.receivedAt?.toISOString() ?? '',
    item.startAt?.toISOString() ?? '',
    item.endAt?.toISOString() ?? '',
    String(item.allDay),
    item.location ?? '',
    JSON.stringify(item.headers),
    JSON.stringify(item.links),
    JSON.stringify(item.attachments),
    JSON.stringify(item.data),
    item.calendarPart ?? '',
  ];
  for (const part of parts) h.update(part).update('\u0000');
  return h.digest('base64url');
}
