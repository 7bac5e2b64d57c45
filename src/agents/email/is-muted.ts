/**
 * Whether the user has said "never propose this": a muted sender (address or
 * @domain, subdomains included), category or proposal kind.
 */
import type { UserPreferences } from '../preferences.js';

export function senderMatches(pattern: string, sender: string): boolean {
  const p = pattern.trim().toLowerCase();
  const s = sender.trim().toLowerCase();
  if (p === '' || s === '') return false;
  if (p.includes('@') && !p.startsWith('@')) return p === s;
  const domain = p.replace(/^@/, '');
  const senderDomain = s.slice(s.lastIndexOf('@') + 1);
  return senderDomain === domain || senderDomain.endsWith(`.${domain}`);
}

export function isMuted(
  preferences: Pick<UserPreferences, 'mutedSenders' | 'mutedCategories' | 'mutedKinds'>,
  what: { sender: string | null; category: string | undefined; kind: string },
): string | undefined {
  if (preferences.mutedKinds.includes(what.kind)) return `proposal kind ${what.kind} is muted`;
  if (what.category && preferences.mutedCategories.includes(what.category))
    return `category ${what.category} is muted`;
  if (what.sender && preferences.mutedSenders.some((p) => senderMatches(p, what.sender ?? '')))
    return 'sender is muted';
  return undefined;
}
