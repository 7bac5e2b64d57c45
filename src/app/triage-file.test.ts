import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../test/helpers/agent-items.js';
import { inferOwner } from './triage-file.js';

const to = (...toAddresses: string[]) => makeEmailItem({ toAddresses, ccAddresses: [] });

describe('inferOwner', () => {
  it('takes the address at least half of the mail is sent to', () => {
    const items = [
      to('sam@studio.example'),
      to('Sam@studio.example'),
      to('list@lists.example'),
      to('x@y.example'),
    ];
    expect(inferOwner(items)).toEqual(['sam@studio.example']);
  });

  it('counts Cc, and a recipient named twice in one mail once', () => {
    const cc = makeEmailItem({ toAddresses: ['boss@studio.example'], ccAddresses: ['sam@studio.example'] });
    const twice = makeEmailItem({ toAddresses: ['sam@studio.example'], ccAddresses: ['sam@studio.example'] });
    expect(inferOwner([cc, twice, to('a@b.example')])).toEqual(['sam@studio.example']);
    expect(inferOwner([twice, to('a@b.example'), to('c@d.example')])).toEqual([]);
  });

  it('finds no owner in a folder of mail to many different people', () => {
    const items = ['a', 'b', 'c', 'd', 'a'].map((n) => to(`${n}@corp.example`));
    expect(inferOwner(items)).toEqual([]);
    expect(inferOwner([])).toEqual([]);
  });
});
