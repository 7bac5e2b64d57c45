import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { languageSignals } from './language-signals.js';

const observe = (bodyText: string, subject = 'Hello') =>
  languageSignals(buildMailFacts(makeEmailItem({ subject, bodyText })), true);
const ids = (bodyText: string, subject = 'Hello') => observe(bodyText, subject).signals.map((s) => s.id);

describe('modern lure wording', () => {
  it('spots giveaways: gift baskets to claim, free-forever premium, surveys to win', () => {
    expect(ids('🎁 Claim Your Exclusive Cadbury Gift Basket !')).toContain('language.freebie');
    expect(ids('Premium lets you pick and play anything. Try it now, free FOREVER.')).toContain(
      'language.freebie',
    );
    expect(ids('', 'Take Survey Win')).toContain('language.freebie');
  });

  it('spots crypto airdrops and token shares', () => {
    expect(ids('', 'Register for your RADAR token share')).toContain('language.crypto-giveaway');
    expect(ids('The airdrop is live: claim your tokens before Friday.')).toContain(
      'language.crypto-giveaway',
    );
  });

  it('spots percentage deposit bonuses, enhancement pills and steep discounts', () => {
    expect(ids('Today BONUS ! 50% bonus at every deposit just today !!')).toContain(
      'language.gambling-prize',
    );
    expect(ids('2 x größeres Glied nach nur 3 Minuten!')).toContain('language.spam-offer');
    expect(ids('Savings Challenge Mega Bundle\n\nSALE - 50%')).toContain('language.spam-offer');
  });

  it('reads the dying-donor story as advance fee', () => {
    const text =
      'I am suffering from a critical cancer and my days are numbered. I want to donate you the sum of ' +
      'EUR 9.5 Million I inherited from my late husband, held in a foreign bank account, for charity work.';
    expect(ids(text)).toContain('language.advance-fee');
  });

  it('reads a Spanish failed-delivery notice as a parcel lure', () => {
    expect(ids('¡Entrega fallida! entrega del paquete suspendido')).toContain('language.delivery-lure');
  });

  it('does not count a single advance-fee phrase as bait', () => {
    expect(observe('Thank you for your donation to the school fair.').lure).toBe(false);
  });

  it('leaves ordinary shop and club mail alone', () => {
    expect(
      ids('Your order has shipped and will arrive on Tuesday. Free shipping on orders over €20.'),
    ).toEqual([]);
    expect(
      ids('Der VfL holt Pierre Kunde Malong auf Leihbasis. Tickets für das Heimspiel gibt es jetzt.'),
    ).toEqual([]);
  });

  it('reads Dutch prize bait', () => {
    expect(ids('', "'Win vandaag nog een.Albert Heijn-Cadeaukaart van €250")).toContain(
      'language.prize-lure',
    );
    expect(ids('Gefeliciteerd! U heeft gewonnen.')).toContain('language.prize-lure');
    expect(ids('Win een fiets? Nee, we verkopen ze gewoon.')).not.toContain('language.prize-lure');
  });

  it('reads a threat to delete stored photos and files', () => {
    expect(ids('', '24 Hours Left – Prevent Photos & Videos Deletion')).toContain('language.account-threat');
    expect(ids('Storage limit reached. Files removal scheduled Monday.')).toContain(
      'language.account-threat',
    );
    expect(ids('Back up your photos regularly to prevent accidental loss.')).not.toContain(
      'language.account-threat',
    );
  });
});
