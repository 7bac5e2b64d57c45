/**
 * The shape of a bulk lure rather than its words: a subject that shouts
 * (mostly capitals, a run of emoji, "!!!") and a body that is nothing but a
 * picture over a link, so filters have no text to read, or an HTML body with
 * nothing readable in it at all. Honest senders do each now and then, so all
 * stay weak and count mainly in combinations.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';
import { fewerVisibleChars } from './visible-chars.js';

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

/** The top-level type of a message whose text lives in HTML (a plain-text mail may be empty honestly). */
const htmlMessage = /^\s*(?:text\/html|multipart\/(?:alternative|related))/i;

function contentType(facts: MailFacts): string {
  const value = facts.item.headers['content-type'];
  return (Array.isArray(value) ? value[0] : value) ?? '';
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
  const signedNewsletter = facts.fromAuthenticated && facts.bulk;
  if (signedNewsletter || !fewerVisibleChars(facts.item.bodyText, minImageOnlyChars)) return out;
  if (hasWebLink) {
    out.push({
      id: 'text.image-only',
      weight: 0.15,
      reason: 'It has almost no text, only a link behind a picture, so nothing in it can be checked',
    });
  } else if (facts.item.attachments.length === 0 && htmlMessage.test(contentType(facts))) {
    // An HTML mail that yields neither text nor a link: pictures only, or markup built so
    // that filters (and this check) read nothing. Its sender is all there is to judge.
    out.push({
      id: 'text.no-text',
      weight: 0.15,
      reason: 'It has no readable text at all, only pictures or markup, so nothing in it can be checked',
    });
  }
  return out;
}
