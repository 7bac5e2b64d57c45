/**
 * A mail is answered when the user wrote in its thread after it arrived: it
 * no longer needs a reply, whatever it asked.
 */
export type LastReplies = ReadonlyMap<string, Date>;

export function isAnswered(
  item: { threadId: string | null; receivedAt: Date | null },
  lastReplies: LastReplies,
): boolean {
  if (!item.threadId || !item.receivedAt) return false;
  const reply = lastReplies.get(item.threadId);
  return reply !== undefined && reply.getTime() > item.receivedAt.getTime();
}

/** The latest message the user sent in each thread, from a set of mails. */
export function lastRepliesAmong(
  items: Iterable<{ threadId: string | null; receivedAt: Date | null; fromAddress: string | null }>,
  userAddresses: ReadonlySet<string>,
): Map<string, Date> {
  const last = new Map<string, Date>();
  for (const item of items) {
    if (!item.threadId || !item.receivedAt || !userAddresses.has((item.fromAddress ?? '').toLowerCase()))
      continue;
    const seen = last.get(item.threadId);
    if (!seen || seen < item.receivedAt) last.set(item.threadId, item.receivedAt);
  }
  return last;
}
