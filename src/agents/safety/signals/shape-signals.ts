/**
 * The shape of a bulk lure rather than its words: a subject that shouts
 * (mostly capitals, a run of emoji, "!!!") and a body that is nothing but a
 * picture over a link, so filters have no text to read. Honest senders do
 * each now and then, so both stay weak and count mainly in combinations.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const pictograph = /\p{Extended_Pictographic}/gu;
const minImageOnlyChars = 60;

function shouts(subject: string): boolean {
  const letters = subject.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12) {
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    if (upper / letters.length >= 0.7) return true;
  }
  if ((subject.match(pictograph)?.length ?? 0) >= 2) return true;
  return /!{2,}|\?!|!\?/.test(subject);
}

/** True when the body has fewer than `minImageOnlyChars` non-blank characters; stops counting early. */
function fewVisibleChars(body: string): boolean {
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code > 32 && code !== 160 && ++count >= minImageOnlyChars) return false;
  }
  return true;
}

export function shapeSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  if (shouts(facts.subject)) {
    out.push({
      id: 'text.shouting-subject',
      weight: 0.1,
      reason: 'Its subject shouts (capitals, emoji or exclamation marks), as bulk lures do',
    });
  }
  const hasWebLink = facts.links.some((link) => link.scheme === 'http' || link.scheme === 'https');
  if (hasWebLink && !(facts.fromAuthenticated && facts.bulk) && fewVisibleChars(facts.item.bodyText)) {
    out.push({
      id: 'text.image-only',
      weight: 0.15,
      reason: 'It has almost no text, only a link behind a picture, so nothing in it can be checked',
    });
  }
  return out;
}
