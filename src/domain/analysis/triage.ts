/** What the triage agent decides about one item. */
export const triageCategories = [
  'personal',
  'work',
  'meeting',
  'bill_finance',
  'travel',
  'shopping_receipt',
  'newsletter',
  'notification',
  'social',
  'spam_scam',
] as const;
export type TriageCategory = (typeof triageCategories)[number];

export const actionTypes = ['reply', 'schedule', 'pay', 'review', 'read', 'none'] as const;
export type ActionType = (typeof actionTypes)[number];

export interface TriageResult {
  category: TriageCategory;
  /** 1 (ignore) .. 5 (act now). */
  importance: number;
  needsReply: boolean;
  actionType: ActionType;
  dueAt?: Date | undefined;
  /** Short reasons a person can read ("direct mail from a known contact"). */
  reasons: string[];
  /** True when the heuristics are sure enough that an LLM need not look. */
  certain: boolean;
}
