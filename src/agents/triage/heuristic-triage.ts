/**
 * Rule-based triage of one mail: category, importance, whether it needs a
 * reply, what to do, and a due date. Marks its answer `certain` only where the
 * headers settle it (bulk lists, robots, shops, invitations); mail between
 * people stays uncertain so a configured LLM can take a second look.
 */

import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import type { ActionType, TriageCategory, TriageResult } from '../../domain/analysis/triage.js';
import { isAnswered, type LastReplies } from '../../domain/items/answered.js';
import { formatShortDateTime } from '../../domain/time/format-local.js';
import type { AgentItem } from '../agent-item.js';
import {
  type ContentCategory,
  categoryScores,
  humanCategory,
  isMarketing,
  isMeetingMail,
  machineCategory,
} from './categorise.js';
import { billDueText, securityText, urgentText } from './category-patterns.js';
import { extractDueDate } from './due-date.js';
import { type MailSignals, mailSignals, type SignalContext } from './mail-signals.js';

export interface TriageInput extends SignalContext {
  timezone: string;
  lastUserReplies: LastReplies;
  workdayEnd: string;
  now: Date;
  safety: Map<string, SafetyVerdict>;
}

/** Categories whose dates are never the user's deadline ("arriving by Friday", "sale ends Sunday"). */
const noDeadlineCategories = new Set<TriageCategory>([
  'newsletter',
  'social',
  'spam_scam',
  'shopping_receipt',
]);
const soonMs = 48 * 3_600_000;

function clamp(value: number): number {
  return Math.min(5, Math.max(1, value));
}

function isHuman(s: MailSignals): boolean {
  return !s.bulk && !s.automated && !s.noReplySender;
}

function scamResult(verdict: SafetyVerdict): TriageResult {
  return {
    category: 'spam_scam',
    importance: 1,
    needsReply: false,
    actionType: 'none',
    reasons: ['flagged as a scam by the safety check', ...verdict.reasons.slice(0, 2)],
    certain: true,
  };
}

interface Decision {
  category: TriageCategory;
  certain: boolean;
  reasons: string[];
}

function decideCategory(s: MailSignals): Decision {
  const scores = categoryScores(s);
  const content: ContentCategory | undefined = scores.best;
  if (s.calendar && content !== 'travel')
    return { category: 'meeting', certain: true, reasons: ['calendar invitation attached'] };
  if (!isHuman(s)) {
    const how = s.bulk
      ? `bulk mail (${s.bulk})`
      : s.noReplySender
        ? 'sent from a no-reply address'
        : 'sent by a machine';
    if (content && !isMarketing(s, scores))
      return { category: content, certain: true, reasons: [how, scores.reason] };
    return { category: machineCategory(s), certain: true, reasons: [how] };
  }
  if (s.fromSelf) return { category: humanCategory(s), certain: true, reasons: ['sent by you'] };
  if (content && scores.fromBrand) return { category: content, certain: true, reasons: [scores.reason] };
  // "The offsite is at the Hyatt, Dec 13-16": a hotel or a flight in the body of a meeting mail is logistics.
  if (content && !scores.inSubject && isMeetingMail(s))
    return { category: 'meeting', certain: false, reasons: [] };
  if (content) return { category: content, certain: false, reasons: [scores.reason] };
  return { category: humanCategory(s), certain: false, reasons: [] };
}

function decideReply(s: MailSignals, category: TriageCategory): { needsReply: boolean; reasons: string[] } {
  if (s.fromSelf || !isHuman(s) || category === 'spam_scam' || category === 'social') {
    return { needsReply: false, reasons: [] };
  }
  if (s.calendar) return { needsReply: false, reasons: [] };
  if (!s.asks) return { needsReply: false, reasons: s.ccOnly ? ['you are only in Cc'] : [] };
  if (s.direct) return { needsReply: true, reasons: [s.asks] };
  if (s.ccOnly && s.addressedByName)
    return { needsReply: true, reasons: [`${s.asks} by name (you are in Cc)`] };
  return { needsReply: false, reasons: [s.ccOnly ? 'you are only in Cc' : 'you are not a direct recipient'] };
}

function importanceOf(
  s: MailSignals,
  category: TriageCategory,
  needsReply: boolean,
  due: Date | undefined,
  now: Date,
) {
  const reasons: string[] = [];
  let importance: number;
  switch (category) {
    case 'spam_scam':
    case 'social':
      return { importance: 1, reasons };
    case 'newsletter':
      return { importance: s.knownContact ? 2 : 1, reasons };
    case 'shopping_receipt':
      return { importance: 2, reasons };
    case 'notification':
      return securityText.test(s.subject)
        ? { importance: 3, reasons: ['security notice'] }
        : { importance: 2, reasons };
    case 'bill_finance':
      importance = billDueText.test(s.subject) || billDueText.test(s.head) ? 3 : 2;
      break;
    default:
      importance = s.fromSelf ? 2 : 3;
  }
  if (isHuman(s) && !s.fromSelf) {
    if (s.knownContact) {
      importance++;
      reasons.push(s.direct ? 'direct mail from a known contact' : 'from a known contact');
    } else if (!s.calendar) {
      reasons.push('from a sender you have not written to');
    }
    if (needsReply) importance++;
    if (s.ccOnly) importance--;
    if (!s.direct && !s.ccOnly) importance--;
    if (urgentText.test(s.subject) || urgentText.test(s.newText.paragraphs[0] ?? '')) {
      importance++;
      reasons.push('marked urgent');
    }
    if (s.highPriorityHeader && s.knownContact) importance++;
  }
  if (due && due.getTime() - now.getTime() < soonMs) importance++;
  return { importance: clamp(importance), reasons };
}

function actionOf(
  s: MailSignals,
  category: TriageCategory,
  needsReply: boolean,
  importance: number,
): ActionType {
  if (needsReply) return 'reply';
  if (s.calendar) return 'schedule';
  switch (category) {
    case 'bill_finance':
      return billDueText.test(s.subject) || billDueText.test(s.head) ? 'pay' : 'read';
    case 'travel':
      return 'review';
    case 'newsletter':
      return 'read';
    case 'notification':
      return importance >= 3 ? 'review' : 'none';
    case 'shopping_receipt':
    case 'social':
    case 'spam_scam':
      return 'none';
    case 'meeting':
      return s.direct ? 'schedule' : 'read';
    default:
      return s.fromSelf ? 'none' : 'read';
  }
}

/** Undefined for items triage does not handle: events, and mail the assistant wrote itself. */
export function heuristicTriage(item: AgentItem, input: TriageInput): TriageResult | undefined {
  if (item.kind !== 'email' || item.headers['x-ops-center'] !== undefined) return undefined;
  const verdict = input.safety.get(item.id);
  if (verdict?.isScam) return scamResult(verdict);

  const s = mailSignals(item, input);
  const decision = decideCategory(s);
  const reply = isAnswered(item, input.lastUserReplies)
    ? { needsReply: false, reasons: ['you already replied in this thread'] }
    : decideReply(s, decision.category);
  let due: Date | undefined;
  const dueReasons: string[] = [];
  if (!noDeadlineCategories.has(decision.category)) {
    const found = extractDueDate(`${item.subject}\n${s.newText.text || s.head}`, {
      instant: item.receivedAt ?? input.now,
      timezone: input.timezone,
      workdayEnd: input.workdayEnd,
    });
    if (found) {
      due = found.dueAt;
      dueReasons.push(`due ${formatShortDateTime(found.dueAt, input.timezone)}`);
    }
  }
  const { importance, reasons } = importanceOf(s, decision.category, reply.needsReply, due, input.now);
  return {
    category: decision.category,
    importance,
    needsReply: reply.needsReply,
    actionType: actionOf(s, decision.category, reply.needsReply, importance),
    dueAt: due,
    reasons: [...decision.reasons, ...reasons, ...reply.reasons, ...dueReasons].filter((r) => r !== ''),
    certain: decision.certain,
  };
}
