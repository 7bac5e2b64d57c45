/**
 * Which organisation a mail presents itself as, beyond the brand list: the
 * name in the display name, kept only when the mail repeats it (a word of it,
 * or its initials such as "SC" for "Standard Chartered") in the subject or the
 * body. A name said once in the envelope may be a person's; a name the mail
 * keeps saying is the identity it asks to be trusted under.
 */
import type { MailFacts } from '../mail-facts.js';
import { organisationWord } from './sender-identity-signals.js';

export interface ClaimedOrganisation {
  /** The display name the claim comes from, as written. */
  name: string;
  /** Distinctive lower-case words of the name (generic ones such as "team" or "service" left out). */
  words: string[];
  /** Lower-case initials of consecutive capitalised words ("standard chartered" -> "sc"). */
  initials: string[];
}

/** Function words of the languages in the corpus, and words for "message" ("bericht van de X"): they name nothing. */
export const functionWord =
  /^(?:the|and|for|from|your|our|van|von|der|die|das|den|des|het|een|les|aux|pour|par|mon|mes|votre|vos|notre|nos|del|los|las|para|com|und|sur|with|via|bericht|nachricht|message)$/;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function distinctiveWords(name: string): string[] {
  return fold(name)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 4 && !/\d/.test(word) && !functionWord.test(word))
    .filter((word) => !organisationWord.test(word));
}

/** Initials of runs of two or three capitalised words: "Centraal Beheer" -> "cb". */
function initialsOf(name: string): string[] {
  const capitalised = fold(name)
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0 && !functionWord.test(word.toLowerCase()));
  const out = new Set<string>();
  for (let start = 0; start < capitalised.length; start++) {
    let initials = '';
    for (let end = start; end < capitalised.length && end < start + 3; end++) {
      const word = capitalised[end] ?? '';
      if (!/^[A-Z][a-z]/.test(word)) break;
      initials += word[0]?.toLowerCase();
      if (initials.length >= 2) out.add(initials);
    }
  }
  return [...out];
}

const url = /\b(?:https?:\/\/|www\.)\S+/gi;

/** The start and end of the body, links left out: where headers, sign-offs and footers name the sender. */
function bodyEnds(facts: MailFacts): string {
  const body = facts.item.bodyText;
  const ends = body.length > 3000 ? `${body.slice(0, 2000)}\n${body.slice(-1000)}` : body;
  return fold(ends.replace(url, ' '));
}

function occurrences(text: string, word: string): number {
  return text.match(new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`, 'g'))?.length ?? 0;
}

/**
 * The mail repeats the name when a word of it is in the subject, its initials stand in capitals
 * in the subject or body ("SC Mobile App", "CB-lid"), the whole name recurs in the body, or a
 * one-word name recurs there at least twice. A person's single signature line does not count.
 */
function repeated(facts: MailFacts, words: readonly string[], initials: readonly string[]): boolean {
  const subject = fold(facts.subject).toLowerCase();
  if (words.some((word) => occurrences(subject, word) > 0)) return true;
  const body = bodyEnds(facts);
  const cased = `${fold(facts.subject)}\n${body}`;
  if (initials.some((abbr) => new RegExp(`(?<![A-Za-z0-9])${abbr.toUpperCase()}(?![A-Za-z0-9])`).test(cased)))
    return true;
  const lower = body.toLowerCase();
  if (words.length >= 2 && lower.includes(words.join(' '))) return true;
  return words.length === 1 && occurrences(lower, words[0] ?? '') >= 2;
}

export function claimedOrganisation(facts: MailFacts): ClaimedOrganisation | null {
  const name = facts.fromName.replace(/^["'\s]+|["'\s]+$/g, '');
  if (name === '' || name.includes('@')) return null;
  const words = distinctiveWords(name);
  const initials = initialsOf(name);
  if (!repeated(facts, words, initials)) return null;
  return { name, words, initials };
}
