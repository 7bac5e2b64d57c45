/** How long a task takes and what its block is called, from the triage's action type. */
import type { TriageResult } from '../../domain/analysis/triage.js';
import type { AgentItem } from '../agent-item.js';
import {
  BIG_TASK_MINUTES,
  LONG_MAIL_CHARS,
  LONG_REPLY_MINUTES,
  MAX_TITLE_CHARS,
  PAY_OR_REVIEW_MINUTES,
  READ_MINUTES,
  SCHEDULE_MINUTES,
  SHORT_REPLY_MINUTES,
} from './planner-rules.js';

/** A reply is a reply whether triage calls it that or only says one is needed. */
export function isReplyTask(triage: TriageResult): boolean {
  return triage.actionType === 'reply' || (triage.needsReply && ['none', 'read'].includes(triage.actionType));
}

export function taskMinutes(item: AgentItem, triage: TriageResult): number {
  const long = item.bodyText.length > LONG_MAIL_CHARS;
  if (isReplyTask(triage)) return long || triage.importance >= 5 ? LONG_REPLY_MINUTES : SHORT_REPLY_MINUTES;
  switch (triage.actionType) {
    case 'pay':
    case 'review':
      return PAY_OR_REVIEW_MINUTES;
    case 'schedule':
      return SCHEDULE_MINUTES;
    case 'read':
      return long ? PAY_OR_REVIEW_MINUTES : READ_MINUTES;
    default:
      return BIG_TASK_MINUTES;
  }
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function taskTitle(item: AgentItem, triage: TriageResult): string {
  const subject = item.subject.trim() || '(no subject)';
  const who = item.fromName?.trim() || item.fromAddress || 'sender';
  if (isReplyTask(triage)) return clip(`Reply to ${who}: ${subject}`, MAX_TITLE_CHARS);
  const verbs: Partial<Record<TriageResult['actionType'], string>> = {
    pay: 'Pay',
    review: 'Review',
    schedule: 'Schedule',
    read: 'Read',
  };
  const verb = verbs[triage.actionType];
  return clip(verb ? `${verb}: ${subject}` : subject, MAX_TITLE_CHARS);
}
