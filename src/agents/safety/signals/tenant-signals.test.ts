import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { tenantSignals } from './tenant-signals.js';

const signedBy = (from: string, ...dkim: string[]) =>
  tenantSignals(
    buildMailFacts(
      makeEmailItem({
        fromAddress: `offers@${from}`,
        fromName: 'Offers',
        headers: {
          'authentication-results': `mx.example.org; spf=pass smtp.mailfrom=${from}; ${dkim
            .map((domain) => `dkim=pass header.d=${domain}`)
            .join('; ')}; dmarc=pass header.from=${from}`,
        },
      }),
    ),
  ).map((s) => s.id);

describe('tenantSignals', () => {
  it('notes mail signed only by a Microsoft 365 tenant named after someone else', () => {
    expect(signedBy('deck.socialja.com', 'ste20995472.onmicrosoft.com')).toEqual(['sender.foreign-tenant']);
    expect(signedBy('shop.example', 'lindt.onmicrosoft.com')).toEqual(['sender.foreign-tenant']);
  });

  it('accepts a tenant that carries the sender’s own name, in either suite', () => {
    expect(signedBy('fernhill-studio.com', 'fernhillstudio.onmicrosoft.com')).toEqual([]);
    expect(signedBy('mail.contoso.co.uk', 'contosoltd.onmicrosoft.com')).toEqual([]);
    expect(signedBy('pansionpalmyra.com', 'pansionpalmyra-com.20230601.gappssmtp.com')).toEqual([]);
  });

  it('leaves alone mail that also carries its own domain’s signature, and the tenant’s own address', () => {
    expect(signedBy('acme.example', 'acme.example', 'relay7731.onmicrosoft.com')).toEqual([]);
    expect(signedBy('hipatia.onmicrosoft.com', 'hipatia.onmicrosoft.com')).toEqual([]);
  });

  it('ignores a failing tenant signature and mail with no authentication results', () => {
    const failing = makeEmailItem({
      fromAddress: 'news@shop.example',
      headers: { 'authentication-results': 'mx.example.org; dkim=fail header.d=zz81.onmicrosoft.com' },
    });
    expect(tenantSignals(buildMailFacts(failing))).toEqual([]);
    expect(tenantSignals(buildMailFacts(makeEmailItem({ fromAddress: 'news@shop.example' })))).toEqual([]);
  });
});
