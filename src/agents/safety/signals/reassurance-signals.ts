/**
 * Reassurance the mail gives itself: a pasted "This message is from a trusted
 * sender" banner or "verified sender" badge at the top of the body. Mail
 * clients show such banners in their own interface, never inside the message,
 * so a sender who writes one is dressing up. Antivirus footers ("No virus
 * found") are left alone: old mail clients added those honestly.
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';

const openingChars = 1500;
const banner =
  /\bthis (?:message|email|e-mail|mail) (?:is|comes) from an? (?:trusted|verified|safe|known|secure) (?:sender|source)\b|\b(?:trusted|verified) sender\b[^\n]{0,30}\b(?:verified|confirmed|authenticated)\b|\bthis (?:message|email|e-mail) (?:has been|was|is) (?:verified|authenticated|certified) (?:as (?:safe|secure|genuine)|by (?:microsoft|outlook|google|gmail|apple|yahoo))\b|\b(?:esta|este) (?:mensagem|mensaje|e-mail|correo) (?:[ée] |es )?de (?:um|un) remitente (?:confi[aá]vel|de confianza)\b|\bdiese (?:nachricht|e-mail) (?:stammt )?von einem vertrauensw[üu]rdigen absender\b/;
const keyWords = [
  'trusted',
  'verified',
  'authenticated',
  'certified',
  'confiável',
  'confiavel',
  'confianza',
  'vertrauenswürdigen',
];

export function reassuranceSignals(facts: MailFacts): Signal[] {
  if (!keyWords.some((word) => facts.words.has(word))) return [];
  const opening = facts.text.slice(0, facts.subject.length + openingChars);
  if (!banner.test(opening)) return [];
  return [
    {
      id: 'text.fake-trust-banner',
      weight: 0.3,
      reason: 'It carries its own "trusted sender" banner, something only your mail program should show',
    },
  ];
}
