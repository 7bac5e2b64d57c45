/** Whether the user asked never to see proposals from a sender or category. */
import type { UserPreferences } from '../preferences.js';

/** "@example.com" mutes the domain and its subdomains; anything else is a full address. */
export function isSenderMuted(address: string | null, muted: string[]): boolean {
  if (!address) return false;
  const sender = address.toLowerCase();
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  return muted.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (!rule) return false;
    if (rule.startsWith('@')) {
      const mutedDomain = rule.slice(1);
      return domain === mutedDomain || domain.endsWith(`.${mutedDomain}`);
    }
    return rule === sender;
  });
}

export function isMuted(
  item: { fromAddress: string | null },
  category: string,
  preferences: Pick<UserPreferences, 'mutedSenders' | 'mutedCategories'>,
): boolean {
  return (
    isSenderMuted(item.fromAddress, preferences.mutedSenders) ||
    preferences.mutedCategories.includes(category)
  );
}
