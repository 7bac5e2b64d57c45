/**
 * What the mail asks for and how hard it pushes: credential and account
 * threats, urgency, payment by gift card, wire or crypto, advance-fee stories,
 * executive favours, sextortion and parcel-fee lures. Themes count in
 * combination; a single alarming word is weak. English first, with the common
 * Portuguese, Spanish, French and German phrasings. Patterns are compiled once.
 */
import type { MailFacts } from '../mail-facts.js';
import { accountThreat, credential, urgency } from './account-patterns.js';
import type { Gated } from './gated.js';
import { delivery, genericGreeting, prizeLure, sextortion } from './language-patterns.js';
import {
  cryptoGiveaway,
  documentWaiting,
  freebieLure,
  gamblingPrize,
  moneyWaiting,
  spamOffer,
} from './lure-patterns.js';
import { advanceFee, executiveFavour, giftCard, payment } from './money-patterns.js';
import type { Signal } from './signal.js';

export const languageFamilyCap = 0.85;

function countMatches(patterns: readonly Gated[], facts: MailFacts): number {
  let hits = 0;
  for (const { words, contains, pattern } of patterns) {
    const open = contains ? facts.text.includes(contains) : words.some((word) => facts.words.has(word));
    if (open && pattern.test(facts.text)) hits++;
  }
  return hits;
}

export interface LanguageObservations {
  signals: Signal[];
  credential: boolean;
  threat: boolean;
  payment: boolean;
  giftCard: boolean;
  /** A prize, gambling, money-waiting or spam-offer lure: bait rather than a request. */
  lure: boolean;
  /** At least one phrase of an executive's favour ("are you available?", "I need a quick favour"). */
  favour: boolean;
}

/** How many patterns of each theme matched (gift card and generic greeting: 0 or 1). */
interface ThemeHits {
  credential: number;
  threat: number;
  urgency: number;
  gift: number;
  payment: number;
  fee: number;
  favour: number;
  sextortion: number;
  delivery: number;
  prize: number;
  gambling: number;
  money: number;
  offer: number;
  document: number;
  crypto: number;
  freebie: number;
  greeting: number;
}

interface LanguageTheme {
  id: string;
  counter: keyof ThemeHits;
  /** The signal's weight for this many hits; 0 means it does not fire. */
  weight: (hits: number, hasCallToAction: boolean) => number;
  reason: string;
}

const whenAny = (weight: number) => (hits: number) => (hits > 0 ? weight : 0);
const oneOrMore = (one: number, more: number) => (hits: number) => (hits > 1 ? more : hits > 0 ? one : 0);

/** One row per language signal, in the order they are reported. */
const themes: readonly LanguageTheme[] = [
  {
    id: 'language.credentials',
    counter: 'credential',
    weight: (hits, hasCallToAction) => (hits > 0 ? (hasCallToAction ? 0.45 : 0.25) : 0),
    reason: 'It asks you to verify or enter account, password or wallet details',
  },
  {
    id: 'language.account-threat',
    counter: 'threat',
    weight: oneOrMore(0.35, 0.45),
    reason: 'It warns that your account, mailbox or password is suspended, locked or expiring',
  },
  // Counted only when the mail has a theme (see languageSignals): urgency alone is ordinary.
  {
    id: 'language.urgency',
    counter: 'urgency',
    weight: whenAny(0.2),
    reason: 'It pressures you to act immediately',
  },
  {
    id: 'language.gift-card',
    counter: 'gift',
    weight: whenAny(0.4),
    reason: 'It asks for gift cards, a common scam payment',
  },
  {
    id: 'language.payment',
    counter: 'payment',
    weight: (hits) => Math.min(0.5, 0.3 * hits),
    reason: 'It asks for a payment, fee, transfer or crypto, or promises a refund or prize',
  },
  {
    id: 'language.advance-fee',
    counter: 'fee',
    weight: (hits) => (hits >= 4 ? 0.85 : hits === 3 ? 0.65 : hits === 2 ? 0.35 : 0),
    reason: 'It reads like an advance-fee scam (large sums, inheritance, lottery or secret deal)',
  },
  {
    id: 'language.executive-favour',
    counter: 'favour',
    weight: (hits) => (hits >= 3 ? 0.6 : hits === 2 ? 0.4 : 0),
    reason: 'It asks for a quick, discreet favour outside normal channels',
  },
  {
    id: 'language.sextortion',
    counter: 'sextortion',
    weight: (hits) => (hits >= 3 ? 0.85 : 0),
    reason: 'It claims to have compromising recordings and demands payment',
  },
  {
    id: 'language.prize-lure',
    counter: 'prize',
    weight: oneOrMore(0.3, 0.45),
    reason: 'It announces a prize, reward or expiring points you must claim',
  },
  {
    id: 'language.gambling-prize',
    counter: 'gambling',
    weight: oneOrMore(0.25, 0.4),
    reason: 'It announces winnings, a casino bonus or a selection you did not ask for',
  },
  {
    id: 'language.money-waiting',
    counter: 'money',
    weight: whenAny(0.35),
    reason: 'It says a sum of money is waiting for you to collect',
  },
  {
    id: 'language.spam-offer',
    counter: 'offer',
    weight: whenAny(0.25),
    reason: 'It pushes a typical spam offer (diet pills, loans, quotes or dating)',
  },
  {
    id: 'language.crypto-giveaway',
    counter: 'crypto',
    weight: whenAny(0.35),
    reason: 'It offers tokens, an airdrop or a crypto giveaway to claim',
  },
  {
    id: 'language.freebie',
    counter: 'freebie',
    weight: oneOrMore(0.25, 0.35),
    reason: 'It offers a gift, reward or premium service for nothing, if you click',
  },
  {
    id: 'language.document-waiting',
    counter: 'document',
    weight: whenAny(0.15),
    reason: 'It says a document, message or payment is waiting for you behind a link',
  },
  {
    id: 'language.delivery-lure',
    counter: 'delivery',
    weight: whenAny(0.3),
    reason: 'It claims a parcel is held until you act or pay',
  },
  {
    id: 'language.generic-greeting',
    counter: 'greeting',
    weight: whenAny(0.1),
    reason: 'It greets you generically ("Dear customer")',
  },
];

const giftWords = ['card', 'cards', 'giftcard', 'giftcards', 'presente', 'regalo'];
const greetingWords = ['dear', 'prezado', 'prezada', 'estimado', 'cher'];

function countThemes(facts: MailFacts): ThemeHits {
  const hasWord = (words: readonly string[]) => words.some((word) => facts.words.has(word));
  const hits: ThemeHits = {
    credential: countMatches(credential, facts),
    threat: countMatches(accountThreat, facts),
    urgency: countMatches(urgency, facts),
    gift: hasWord(giftWords) && giftCard.test(facts.text) ? 1 : 0,
    payment: countMatches(payment, facts),
    fee: countMatches(advanceFee, facts),
    favour: countMatches(executiveFavour, facts),
    sextortion: countMatches(sextortion, facts),
    delivery: countMatches(delivery, facts),
    prize: countMatches(prizeLure, facts),
    gambling: countMatches(gamblingPrize, facts),
    money: countMatches(moneyWaiting, facts),
    offer: countMatches(spamOffer, facts),
    document: countMatches(documentWaiting, facts),
    crypto: countMatches(cryptoGiveaway, facts),
    freebie: countMatches(freebieLure, facts),
    greeting: hasWord(greetingWords) && genericGreeting.test(facts.text) ? 1 : 0,
  };
  // Urgency counts only next to a theme: "as soon as possible" alone is ordinary mail.
  const themed =
    hits.credential +
      hits.threat +
      hits.payment +
      hits.delivery +
      hits.prize +
      hits.gambling +
      hits.money +
      hits.crypto +
      hits.gift >
    0;
  if (!themed) hits.urgency = 0;
  return hits;
}

export function languageSignals(facts: MailFacts, hasCallToAction: boolean): LanguageObservations {
  const hits = countThemes(facts);
  const out: Signal[] = [];
  for (const theme of themes) {
    const weight = theme.weight(hits[theme.counter], hasCallToAction);
    if (weight > 0) out.push({ id: theme.id, weight, reason: theme.reason });
  }
  return {
    signals: out,
    credential: hits.credential > 0,
    threat: hits.threat > 0,
    payment: hits.payment > 0 || hits.gift > 0,
    giftCard: hits.gift > 0,
    favour: hits.favour > 0,
    lure:
      hits.prize +
        hits.gambling +
        hits.money +
        hits.offer +
        // One advance-fee phrase ("donation", "proposal") is ordinary; the story needs two.
        (hits.fee >= 2 ? hits.fee : 0) +
        hits.document +
        hits.delivery +
        hits.crypto +
        hits.freebie >
      0,
  };
}
