/**
 * A stand-in model for the triage prompt: reads the batch the way the real
 * model would (an `[m<n>]` facts line, then a fenced message) and answers one
 * plausible entry per message from keywords. It exists so benchmarks measure
 * realistic completion sizes and tests can check the whole round trip; its
 * classifications are not meant to be good.
 */
import type { FakeChatRequest, FakeReply, FakeResponder } from './fake-openai-server.js';

export interface FakeTriageEntry {
  category: string;
  importance: number;
  needs_reply: boolean;
  action_type: string;
  due: string | null;
  reason: string;
}

export interface ParsedBatchItem {
  ref: string;
  facts: string;
  /** The text inside the fence. */
  content: string;
}

const itemPattern =
  /^\[(m\d+)\]([^\n]*)\n<untrusted-([0-9a-f]+) label="[^"]*">\n([\s\S]*?)\n<\/untrusted-\3>/gm;

export function parseTriageBatch(user: string): ParsedBatchItem[] {
  return [...user.matchAll(itemPattern)].map((m) => ({ ref: m[1]!, facts: m[2]!, content: m[4]! }));
}

const rules: Array<{ test: RegExp; entry: Omit<FakeTriageEntry, 'due'> }> = [
  {
    test: /verify your (account|identity)|gift card|wire transfer|you have won|suspended.*click|urgent.*password/i,
    entry: {
      category: 'spam_scam',
      importance: 1,
      needs_reply: false,
      action_type: 'none',
      reason: 'asks for credentials or money under pressure',
    },
  },
  {
    test: /invoice|payment (is )?due|amount due|your bill|statement is ready|direct debit/i,
    entry: {
      category: 'bill_finance',
      importance: 4,
      needs_reply: false,
      action_type: 'pay',
      reason: 'bill with an amount to pay',
    },
  },
  {
    test: /invitation:|meeting|calendar|reschedule|agenda|call on/i,
    entry: {
      category: 'meeting',
      importance: 3,
      needs_reply: true,
      action_type: 'schedule',
      reason: 'meeting to confirm or schedule',
    },
  },
  {
    test: /flight|boarding|itinerary|hotel|booking reference|check-in/i,
    entry: {
      category: 'travel',
      importance: 3,
      needs_reply: false,
      action_type: 'read',
      reason: 'travel booking details',
    },
  },
  {
    test: /order|receipt|shipped|delivered|your purchase/i,
    entry: {
      category: 'shopping_receipt',
      importance: 2,
      needs_reply: false,
      action_type: 'none',
      reason: 'order receipt or delivery update',
    },
  },
  {
    test: /commented on|liked your|new follower|friend request|mentioned you/i,
    entry: {
      category: 'social',
      importance: 1,
      needs_reply: false,
      action_type: 'none',
      reason: 'social network activity',
    },
  },
  {
    test: /newsletter|digest|this week in|unsubscribe|read more/i,
    entry: {
      category: 'newsletter',
      importance: 2,
      needs_reply: false,
      action_type: 'read',
      reason: 'newsletter from a mailing list',
    },
  },
  {
    test: /alert|notification|automated|no-?reply|security code|build (failed|passed)/i,
    entry: {
      category: 'notification',
      importance: 2,
      needs_reply: false,
      action_type: 'read',
      reason: 'automated notification',
    },
  },
];

export function guessTriage(content: string, facts = ''): FakeTriageEntry {
  const due = /\b(20\d{2}-\d{2}-\d{2})\b/.exec(content)?.[1] ?? null;
  for (const rule of rules) {
    if (rule.test.test(content)) return { ...rule.entry, due };
  }
  const asks = /\?\s*$|\?\s|could you|can you|please (let me know|confirm|send|review)/im.test(content);
  const work = /project|deadline|report|review|client|team|deploy|budget|contract/i.test(content);
  return {
    category: work ? 'work' : 'personal',
    importance: asks ? 4 : 3,
    needs_reply: asks && !/list mail|automated/.test(facts),
    action_type: asks ? 'reply' : work ? 'review' : 'read',
    due,
    reason: asks ? 'direct question waiting for an answer' : 'direct message, no question',
  };
}

/** Answers every triage batch request with one entry per fenced message. */
export function fakeTriageResponder(): FakeResponder {
  return (request: FakeChatRequest): FakeReply => {
    const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
    const items = parseTriageBatch(user).map((item) => ({
      id: item.ref,
      ...guessTriage(item.content, item.facts),
    }));
    return { json: { items } };
  };
}
