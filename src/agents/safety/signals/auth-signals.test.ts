import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { authSignals } from './auth-signals.js';

const ids = (headers: Record<string, string>) =>
  authSignals(buildMailFacts(makeEmailItem({ fromAddress: 'ceo@acme.example', headers }))).map((s) => s.id);

describe('authSignals', () => {
  it('reports DMARC, SPF and DKIM failures', () => {
    expect(
      ids({
        'authentication-results':
          'mx; spf=fail smtp.mailfrom=acme.example; dkim=fail header.d=acme.example; dmarc=fail header.from=acme.example',
      }),
    ).toEqual(['auth.dmarc-fail', 'auth.spf-fail', 'auth.dkim-fail']);
  });

  it('says nothing when the mail passes or carries no verdict at all', () => {
    expect(
      ids({ 'authentication-results': 'mx; spf=pass; dkim=pass header.d=acme.example; dmarc=pass' }),
    ).toEqual([]);
    expect(ids({})).toEqual([]);
  });

  it('does not count an SPF failure when a DKIM signature passes (forwarding)', () => {
    expect(ids({ 'authentication-results': 'mx; spf=fail; dkim=pass header.d=acme.example' })).toEqual([]);
  });

  it('weighs failures of mailing-list traffic less', () => {
    const header = { 'authentication-results': 'mx; dmarc=fail header.from=acme.example' };
    const direct = authSignals(buildMailFacts(makeEmailItem({ headers: header })))[0]!.weight;
    const listed = authSignals(
      buildMailFacts(makeEmailItem({ headers: { ...header, 'list-id': '<dev.lists.example>' } })),
    )[0]!.weight;
    expect(listed).toBeLessThan(direct / 2);
  });
});

describe('authSignals: unsigned organisation mail', () => {
  it('notes an organisation domain that passes SPF but signs nothing', () => {
    const unsigned = {
      'authentication-results': 'mx; spf=pass smtp.mailfrom=shop.example; dkim=none; dmarc=none',
    };
    expect(
      authSignals(buildMailFacts(makeEmailItem({ fromAddress: 'x@shop.example', headers: unsigned }))).map(
        (s) => s.id,
      ),
    ).toContain('auth.unsigned');
    const signed = { 'authentication-results': 'mx; spf=pass; dkim=pass header.d=shop.example; dmarc=pass' };
    expect(
      authSignals(buildMailFacts(makeEmailItem({ fromAddress: 'x@shop.example', headers: signed }))).map(
        (s) => s.id,
      ),
    ).toEqual([]);
  });
});
