/**
 * Turns signals and category words into a category. Content categories
 * (travel, receipts, bills, social) need their words in the mail; a brand's
 * domain only adds weight, so a shop's marketing mail stays a newsletter.
 */
import type { TriageCategory } from '../../domain/analysis/triage.js';
import { freeMailDomains } from '../../domain/mail/free-mail-domains.js';
import {
  billText,
  commerceDomains,
  financeDomains,
  meetingAnnouncementText,
  meetingRequestText,
  meetingText,
  moneyText,
  newsletterText,
  notificationDomains,
  notificationText,
  personalText,
  receiptText,
  reportSubjectText,
  socialDomains,
  socialText,
  travelDomains,
  travelText,
  workText,
} from './category-patterns.js';
import type { MailSignals } from './mail-signals.js';

export type ContentCategory = 'travel' | 'shopping_receipt' | 'bill_finance' | 'social';

export interface CategoryScores {
  best: ContentCategory | undefined;
  reason: string;
  /** The sender's domain belongs to a brand of that category. */
  fromBrand: boolean;
  /** The category's words are in the subject, not only the body. */
  inSubject: boolean;
}

interface Rule {
  category: ContentCategory;
  text: RegExp;
  domains: RegExp;
  reason: string;
  /** The domain alone is enough (every mail from a social network is social). */
  domainDecides: boolean;
}

// Order breaks ties: a hotel booking receipt is travel, a shop's invoice a receipt.
const rules: Rule[] = [
  {
    category: 'travel',
    text: travelText,
    domains: travelDomains,
    reason: 'travel booking',
    domainDecides: false,
  },
  {
    category: 'shopping_receipt',
    text: receiptText,
    domains: commerceDomains,
    reason: 'order, receipt or delivery',
    domainDecides: false,
  },
  {
    category: 'bill_finance',
    text: billText,
    domains: financeDomains,
    reason: 'invoice or payment',
    domainDecides: false,
  },
  {
    category: 'social',
    text: socialText,
    domains: socialDomains,
    reason: 'social network',
    domainDecides: true,
  },
];

export function categoryScores(s: MailSignals): CategoryScores {
  let best: CategoryScores = { best: undefined, reason: '', fromBrand: false, inSubject: false };
  let bestScore = 0;
  for (const rule of rules) {
    const inSubject = rule.text.test(s.subject);
    const inBody = !inSubject && rule.text.test(s.head);
    const fromBrand = s.fromDomain !== '' && rule.domains.test(s.fromDomain);
    if (!inSubject && !inBody && !(fromBrand && rule.domainDecides)) continue;
    let score = (inSubject ? 3 : 0) + (inBody ? 2 : 0) + (fromBrand ? 3 : 0);
    if (rule.category === 'bill_finance' && moneyText.test(s.head)) score += 1;
    if (score > bestScore) {
      bestScore = score;
      const reason = fromBrand ? `${rule.reason} from a known brand` : `${rule.reason} language`;
      best = { best: rule.category, reason, fromBrand, inSubject };
    }
  }
  return best;
}

/** A shop's or airline's marketing mail mentions orders and flights too: its subject says what it is. */
export function isMarketing(s: MailSignals, scores: CategoryScores): boolean {
  return s.bulk !== undefined && !scores.inSubject && newsletterText.test(s.subject);
}

/** Bulk or robot mail that is not travel, a receipt, a bill or social. */
export function machineCategory(s: MailSignals): TriageCategory {
  const newsletterish =
    newsletterText.test(s.subject) || (s.bulk !== undefined && newsletterText.test(s.head));
  if (s.fromDomain !== '' && notificationDomains.test(s.fromDomain)) return 'notification';
  if (notificationText.test(s.subject)) return 'notification';
  if (s.bulk && (newsletterish || !s.noReplySender)) return 'newsletter';
  return 'notification';
}

/**
 * A person asking to meet, announcing a meeting with its logistics, a subject
 * naming one, or a forward whose forwarded part announces one ("FYI" above
 * a notice with the room and dial-in).
 */
export function isMeetingMail(s: MailSignals): boolean {
  const text = s.newText.text.replace(/\s+/g, ' ');
  const report = reportSubjectText.test(s.subject);
  if (
    (meetingText.test(s.subject) && !report) ||
    meetingRequestText.test(text) ||
    meetingAnnouncementText.test(text)
  ) {
    return true;
  }
  return !report && s.forwarded !== '' && meetingAnnouncementText.test(s.forwarded.replace(/\s+/g, ' '));
}

/** Mail a person wrote. */
export function humanCategory(s: MailSignals): TriageCategory {
  // Words like "meeting" in passing ("for Monday's budget meeting") do not make a meeting request,
  // and "Meeting notes" or "Call recap" report on one that is over.
  if (isMeetingMail(s)) return 'meeting';
  const work = workText.test(s.subject) || workText.test(s.head);
  const personal = personalText.test(s.subject) || personalText.test(s.head);
  if (s.colleague) return 'work';
  if (personal && !work) return 'personal';
  if (work) return 'work';
  return freeMailDomains.has(s.fromDomain) ? 'personal' : 'work';
}
