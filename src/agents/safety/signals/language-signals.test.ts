import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { languageSignals } from './language-signals.js';

const ids = (subject: string, bodyText: string) =>
  languageSignals(buildMailFacts(makeEmailItem({ subject, bodyText })), true).signals.map((s) => s.id);

describe('languageSignals', () => {
  it('recognises credential requests with account threats and urgency', () => {
    const found = ids(
      'Action required',
      'Your mailbox will be suspended. Verify your account within 24 hours to avoid suspension.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['language.credentials', 'language.account-threat', 'language.urgency']),
    );
  });

  it('does not take an ordinary "please confirm" or "update your preferences" for a credential request', () => {
    expect(
      ids('Lunch', 'Please confirm the time for lunch on Friday. Update your preferences any time.'),
    ).toEqual([]);
  });

  it('needs a theme before urgency counts', () => {
    expect(
      ids('Deadline', 'Please reply as soon as possible, the printer needs the file immediately.'),
    ).toEqual([]);
  });

  it('recognises gift-card, advance-fee and parcel lures', () => {
    expect(ids('Favor', 'Buy two Google Play gift cards and send me the codes')).toContain(
      'language.gift-card',
    );
    expect(
      ids(
        'Donation',
        'I am a philanthropist and my late husband left an inheritance of $10.5 million USD for you.',
      ),
    ).toContain('language.advance-fee');
    expect(ids('Delivery', 'Your parcel is on hold. Pay the customs fee to schedule redelivery.')).toEqual(
      expect.arrayContaining(['language.delivery-lure', 'language.payment']),
    );
  });

  it('reads Portuguese and German lures', () => {
    expect(ids('Aviso', 'Sua conta foi bloqueada. Atualize seus dados imediatamente.')).toEqual(
      expect.arrayContaining(['language.account-threat', 'language.credentials', 'language.urgency']),
    );
    expect(ids('Gewinnspiel', 'Wir verlosen einen Gutschein von 1.000 Euro!')).toContain(
      'language.prize-lure',
    );
  });

  it('reads an account-alarm headline that demands a step, but not a plain sign-in notice', () => {
    expect(ids('Ledger Security Notification – Action Recommended', '')).toContain('language.account-threat');
    expect(ids('Account Review Update Required', '')).toContain('language.account-threat');
    expect(
      ids(
        'New sign-in to your account',
        'We noticed a new sign-in from Firefox on Windows. If this was you, there is nothing to do.',
      ),
    ).toEqual([]);
    expect(ids('Security review of the Q3 release', 'The action items are recommended reading.')).toEqual([]);
  });

  it('reads points said to be released for withdrawal as a points lure', () => {
    expect(
      ids(
        'Benefício acumulado',
        'Você acumulou 264 mil pontos e agora eles foram liberados para saque imediato.',
      ),
    ).toContain('language.prize-lure');
  });
});
