/**
 * A marketing blast from a sender that never set itself up as one. Mailing
 * services add a List-Unsubscribe header to everything they send, and since
 * 2024 Gmail and Yahoo require it, with the sender's own DKIM signature, from
 * anyone mailing in bulk. A message whose body offers to unsubscribe but that
 * has neither came from a mailbox, a rented tenant or a hijacked account: the
 * footer is pasted on to look like a newsletter. Only mail that went through a
 * modern receiver (Authentication-Results present) is judged, since older mail
 * predates the rule; forwarded newsletters are left alone. Weak alone.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

/** Single words that offer an unsubscribe, in the languages the honeypots see most. */
const unsubscribeWords = [
  'unsubscribe',
  'unsubscribed',
  'abmelden',
  'abbestellen',
  'afmelden',
  'uitschrijven',
  'désabonner',
  'desabonner',
  'désinscrire',
  'desinscrire',
  'descadastrar',
  'descadastre',
  'desuscribirse',
  'desuscribir',
  'disiscriviti',
];
const unsubscribePhrase = /\bopt[- ]?out\b|\bdarse de baja\b|\bcancelar (?:a )?inscri[çc][ãa]o\b/;
const forwardedSubject = /^\s*(?:fwd?|wg|tr|rv|enc|i)\s*:/i;
const forwardedBody =
  /-{2,} ?(?:forwarded message|original message|weitergeleitete nachricht|message transf[ée]r[ée]|mensagem encaminhada|mensaje reenviado)|\bbegin forwarded message\b/;

function offersUnsubscribe(facts: MailFacts): boolean {
  if (unsubscribeWords.some((word) => facts.words.has(word))) return true;
  const open =
    facts.words.has('opt') ||
    facts.words.has('optout') ||
    facts.words.has('baja') ||
    facts.words.has('cancelar');
  return open && unsubscribePhrase.test(facts.longText);
}

export function bulkSignals(facts: MailFacts): Signal[] {
  if (!facts.auth.present || facts.listUnsubscribe || facts.fromSigned) return [];
  if (!offersUnsubscribe(facts)) return [];
  if (forwardedSubject.test(facts.subject) || forwardedBody.test(facts.longText)) return [];
  return [
    {
      id: 'sender.unestablished-bulk',
      weight: 0.3,
      reason:
        'It reads like a mailing (it offers to unsubscribe) but has none of the unsubscribe header and own signature that real mailing senders carry',
    },
  ];
}
