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
}

export function languageSignals(facts: MailFacts, hasCallToAction: boolean): LanguageObservations {
  const text = facts.text;
  const out: Signal[] = [];
  const credentialHits = countMatches(credential, facts);
  const threatHits = countMatches(accountThreat, facts);
  const urgencyHits = countMatches(urgency, facts);
  const gift =
    (facts.words.has('card') ||
      facts.words.has('cards') ||
      facts.words.has('giftcard') ||
      facts.words.has('giftcards') ||
      facts.words.has('presente') ||
      facts.words.has('regalo')) &&
    giftCard.test(text);
  const paymentHits = countMatches(payment, facts);
  const feeHits = countMatches(advanceFee, facts);
  const favourHits = countMatches(executiveFavour, facts);
  const sextortionHits = countMatches(sextortion, facts);
  const deliveryHits = countMatches(delivery, facts);
  const prizeHits = countMatches(prizeLure, facts);
  const gamblingHits = countMatches(gamblingPrize, facts);
  const moneyHits = countMatches(moneyWaiting, facts);
  const offerHits = countMatches(spamOffer, facts);
  const documentHits = countMatches(documentWaiting, facts);
  const cryptoHits = countMatches(cryptoGiveaway, facts);
  const freebieHits = countMatches(freebieLure, facts);

  if (credentialHits > 0) {
    out.push({
      id: 'language.credentials',
      weight: hasCallToAction ? 0.45 : 0.25,
      reason: 'It asks you to verify or enter account, password or wallet details',
    });
  }
  if (threatHits > 0) {
    out.push({
      id: 'language.account-threat',
      weight: threatHits > 1 ? 0.45 : 0.35,
      reason: 'It warns that your account, mailbox or password is suspended, locked or expiring',
    });
  }
  const themed =
    credentialHits +
      threatHits +
      paymentHits +
      deliveryHits +
      prizeHits +
      gamblingHits +
      moneyHits +
      cryptoHits +
      (gift ? 1 : 0) >
    0;
  if (urgencyHits > 0 && themed) {
    out.push({ id: 'language.urgency', weight: 0.2, reason: 'It pressures you to act immediately' });
  }
  if (gift) {
    out.push({
      id: 'language.gift-card',
      weight: 0.4,
      reason: 'It asks for gift cards, a common scam payment',
    });
  }
  if (paymentHits > 0) {
    out.push({
      id: 'language.payment',
      weight: Math.min(0.5, 0.3 * paymentHits),
      reason: 'It asks for a payment, fee, transfer or crypto, or promises a refund or prize',
    });
  }
  if (feeHits >= 2) {
    out.push({
      id: 'language.advance-fee',
      weight: feeHits >= 4 ? 0.85 : feeHits === 3 ? 0.65 : 0.35,
      reason: 'It reads like an advance-fee scam (large sums, inheritance, lottery or secret deal)',
    });
  }
  if (favourHits >= 2) {
    out.push({
      id: 'language.executive-favour',
      weight: favourHits >= 3 ? 0.6 : 0.4,
      reason: 'It asks for a quick, discreet favour outside normal channels',
    });
  }
  if (sextortionHits >= 3) {
    out.push({
      id: 'language.sextortion',
      weight: 0.85,
      reason: 'It claims to have compromising recordings and demands payment',
    });
  }
  if (prizeHits > 0) {
    out.push({
      id: 'language.prize-lure',
      weight: prizeHits > 1 ? 0.45 : 0.3,
      reason: 'It announces a prize, reward or expiring points you must claim',
    });
  }
  if (gamblingHits > 0) {
    out.push({
      id: 'language.gambling-prize',
      weight: gamblingHits > 1 ? 0.4 : 0.25,
      reason: 'It announces winnings, a casino bonus or a selection you did not ask for',
    });
  }
  if (moneyHits > 0) {
    out.push({
      id: 'language.money-waiting',
      weight: 0.35,
      reason: 'It says a sum of money is waiting for you to collect',
    });
  }
  if (offerHits > 0) {
    out.push({
      id: 'language.spam-offer',
      weight: 0.25,
      reason: 'It pushes a typical spam offer (diet pills, loans, quotes or dating)',
    });
  }
  if (cryptoHits > 0) {
    out.push({
      id: 'language.crypto-giveaway',
      weight: 0.35,
      reason: 'It offers tokens, an airdrop or a crypto giveaway to claim',
    });
  }
  if (freebieHits > 0) {
    out.push({
      id: 'language.freebie',
      weight: freebieHits > 1 ? 0.35 : 0.25,
      reason: 'It offers a gift, reward or premium service for nothing, if you click',
    });
  }
  if (documentHits > 0) {
    out.push({
      id: 'language.document-waiting',
      weight: 0.15,
      reason: 'It says a document, message or payment is waiting for you behind a link',
    });
  }
  if (deliveryHits > 0) {
    out.push({
      id: 'language.delivery-lure',
      weight: 0.3,
      reason: 'It claims a parcel is held until you act or pay',
    });
  }
  if (
    (facts.words.has('dear') ||
      facts.words.has('prezado') ||
      facts.words.has('prezada') ||
      facts.words.has('estimado') ||
      facts.words.has('cher')) &&
    genericGreeting.test(text)
  ) {
    out.push({
      id: 'language.generic-greeting',
      weight: 0.1,
      reason: 'It greets you generically ("Dear customer")',
    });
  }
  return {
    signals: out,
    credential: credentialHits > 0,
    threat: threatHits > 0,
    payment: paymentHits > 0 || gift,
    giftCard: gift,
    lure:
      prizeHits +
        gamblingHits +
        moneyHits +
        offerHits +
        // One advance-fee phrase ("donation", "proposal") is ordinary; the story needs two.
        (feeHits >= 2 ? feeHits : 0) +
        documentHits +
        deliveryHits +
        cryptoHits +
        freebieHits >
      0,
  };
}
