/** URLs written out in a plain-text mail, so text-only mail has links for the safety checks too. */
import type { LinkRef } from '../../domain/items/normalised-item.js';

const url = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/gi;

export function textLinks(text: string, max: number): LinkRef[] {
  const seen = new Set<string>();
  const links: LinkRef[] = [];
  for (const match of text.matchAll(url)) {
    const href = match[0].replace(/[.,;:!?]+$/, '');
    if (seen.has(href)) continue;
    seen.add(href);
    links.push({ text: href, href });
    if (links.length >= max) break;
  }
  return links;
}
