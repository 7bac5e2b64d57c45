import { createHash } from 'node:crypto';

/**
 * One proposal per thing proposed: the same intent on the same item for the
 * same kind (and discriminator) maps to the same key, so a retried or resumed
 * run cannot store a second copy.
 */
export function proposalIdempotencyKey(parts: {
  userId: string;
  intent: string;
  kind: string;
  itemId?: string | undefined;
  discriminator?: string | undefined;
}): string {
  const raw = [parts.userId, parts.intent, parts.kind, parts.itemId ?? '-', parts.discriminator ?? '-'].join(
    '|',
  );
  return createHash('sha256').update(raw).digest('base64url').slice(0, 32);
}
