import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { languageSignals } from './language-signals.js';

const ids = (bodyText: string, subject = 'Hello') =>
  languageSignals(buildMailFacts(makeEmailItem({ subject, bodyText })), true).signals.map((s) => s.id);

describe('lure wording in several languages', () => {
  it('spots gambling and "you have won" bait', () => {
    expect(ids('Sie haben gewonnen! 400 Freispiele warten im Casino auf Sie.')).toContain(
      'language.gambling-prize',
    );
    expect(ids('Gewinne zum Valentinstag ein Paket bei unserer Verlosung.')).toContain(
      'language.gambling-prize',
    );
  });

  it('spots money said to be waiting for collection', () => {
    expect(ids('Ihr Guthaben von 6400,00 € steht zur Abholung bereit.')).toContain('language.money-waiting');
    expect(ids('Votre solde est prêt à être retiré.')).toContain('language.money-waiting');
  });

  it('spots classic spam offers and documents waiting behind a link', () => {
    expect(ids('KetoXplode burns fat: lose up to 20% more weight.')).toContain('language.spam-offer');
    expect(ids('Your 2025 tax slips are now available in WebBroker.')).toContain('language.document-waiting');
  });

  it('reads euro sums and benefactor stories as advance-fee wording', () => {
    expect(
      ids('On behalf of a benefactor, you were randomly selected to receive a grant of EUR 2,000,000.00.'),
    ).toContain('language.advance-fee');
  });

  it('reads Portuguese tax threats and French parcel lures', () => {
    expect(ids('Foi detectada uma irregularidade no seu CPF junto à Receita.')).toContain(
      'language.account-threat',
    );
    expect(ids('Statut : colis arrêté au centre de distribution (frais de douane impayés)')).toContain(
      'language.delivery-lure',
    );
  });

  it('does not read ordinary business mail as a lure', () => {
    expect(
      ids(
        'Payments of $1,000,000 or greater need an Accounting Director signature. The wire went out today.',
      ),
    ).toEqual([]);
    expect(ids('Please find attached the minutes; the invoice was paid last week.')).toEqual([]);
  });
});
