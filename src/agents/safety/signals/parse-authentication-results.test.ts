import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults } from './parse-authentication-results.js';

describe('parseAuthenticationResults', () => {
  it('reads spf, every dkim signature with its domain, dmarc and compauth', () => {
    const auth = parseAuthenticationResults({
      'authentication-results':
        'spf=softfail (sender IP is 159.27.24.86) smtp.mailfrom=cyber.net.pk; dkim=pass header.d=esp.example; dkim=fail (bad sig) header.d=cyber.net.pk;dmarc=fail action=quarantine header.from=cyber.net.pk;compauth=fail reason=000',
    });
    expect(auth).toMatchObject({
      present: true,
      spf: 'softfail',
      dmarc: 'fail',
      compauth: 'fail',
      mailFrom: 'cyber.net.pk',
    });
    expect(auth.dkim).toEqual([
      { result: 'pass', domain: 'esp.example' },
      { result: 'fail', domain: 'cyber.net.pk' },
    ]);
  });

  it('treats a missing header as absent, not as a failure', () => {
    expect(parseAuthenticationResults({})).toMatchObject({
      present: false,
      spf: null,
      dmarc: null,
      dkim: [],
    });
  });

  it('uses only the first (topmost) Authentication-Results', () => {
    const auth = parseAuthenticationResults({
      'authentication-results': ['mx.example; dmarc=fail header.from=a.example', 'forged; dmarc=pass'],
    });
    expect(auth.dmarc).toBe('fail');
  });

  it('falls back to Received-SPF for the SPF verdict', () => {
    expect(parseAuthenticationResults({ 'received-spf': 'Fail (domain does not designate ...)' }).spf).toBe(
      'fail',
    );
  });
});
