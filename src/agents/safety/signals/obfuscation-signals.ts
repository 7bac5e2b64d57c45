/**
 * Letters dressed up to slip past filters: mathematical alphanumeric symbols
 * ("𝐅𝐫𝐞𝐞 𝐐𝐮𝐨𝐭𝐞"), fullwidth Latin, words mixing Latin with Cyrillic or Greek
 * look-alikes ("Nutrisystеm" with a Cyrillic е), and invisible characters in
 * the subject or sender name. Honest mail has no reason for any of them.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const styledLetters = /[\u{1D400}-\u{1D7FF}\u{FF21}-\u{FF3A}\u{FF41}-\u{FF5A}]/u;
const mixedScriptWord = /(?:[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z])/i;
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const bodyChars = 3000;

export function obfuscationSignals(facts: MailFacts): Signal[] {
  const header = `${facts.subject}\n${facts.fromName}`;
  const body = facts.item.bodyText.slice(0, bodyChars);
  const styled = styledLetters.test(header) || styledLetters.test(body);
  const mixed = mixedScriptWord.test(header) || mixedScriptWord.test(body);
  const hidden = invisible.test(header);
  if (!styled && !mixed && !hidden) return [];
  return [
    {
      id: 'text.obfuscated-letters',
      weight: mixed || styled ? 0.5 : 0.3,
      reason: mixed
        ? 'It spells words with look-alike letters from another alphabet, a trick to dodge filters'
        : styled
          ? 'It writes words in decorative Unicode letters, a trick to dodge filters'
          : 'Its subject or sender name hides invisible characters, a trick to dodge filters',
    },
  ];
}
