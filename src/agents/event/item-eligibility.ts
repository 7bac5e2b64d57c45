/**
 * Which mails the event agent may propose from. Nothing is proposed from a
 * scam, a prompt injection, a high-risk mail or a muted sender or category;
 * bulk mail (newsletters, notifications) may still carry a real invitation but
 * its prose is never read as a meeting request.
 */
import type { AgentContext } from '../agent.js';
import { type AgentItem, header } from '../agent-item.js';
import { isPersonAddress } from './meeting-details.js';

const bulkCategories = new Set(['newsletter', 'notification', 'shopping_receipt', 'social', 'spam_scam']);

export function senderMuted(address: string | null, muted: string[]): boolean {
  if (!address) return false;
  const lower = address.toLowerCase();
  const domain = lower.split('@')[1] ?? '';
  return muted.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (rule.startsWith('@')) return domain === rule.slice(1) || domain.endsWith(`.${rule.slice(1)}`);
    return rule === lower;
  });
}

/** Why an item gets no proposal at all, or undefined when it may get one. */
export function skipReason(item: AgentItem, context: AgentContext): string | undefined {
  const verdict = context.analyses.safety.get(item.id);
  if (verdict?.isScam) return 'scam';
  if (verdict?.promptInjection) return 'prompt injection';
  if (verdict?.riskLevel === 'high') return 'high risk';
  const category = context.analyses.triage.get(item.id)?.category;
  if (category === 'spam_scam') return 'spam';
  if (category && context.preferences.mutedCategories.includes(category)) return 'muted category';
  if (senderMuted(item.fromAddress, context.preferences.mutedSenders)) return 'muted sender';
  const own = context.user.addresses.map((a) => a.toLowerCase());
  if (item.fromAddress && own.includes(item.fromAddress.toLowerCase())) return 'sent by the user';
  return undefined;
}

function looksBulk(item: AgentItem): boolean {
  if (header(item, 'list-id') || header(item, 'list-unsubscribe')) return true;
  if (/^(?:bulk|list|junk)$/i.test(header(item, 'precedence')?.trim() ?? '')) return true;
  const auto = header(item, 'auto-submitted')?.trim().toLowerCase();
  return auto !== undefined && auto !== '' && auto !== 'no';
}

/** Whether the mail's own words may be read as a meeting request. */
export function textScanAllowed(item: AgentItem, context: AgentContext): boolean {
  const category = context.analyses.triage.get(item.id)?.category;
  if (category && bulkCategories.has(category)) return false;
  if (looksBulk(item)) return false;
  return isPersonAddress(item.fromAddress);
}
