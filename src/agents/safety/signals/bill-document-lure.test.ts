import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import type { AgentItem } from '../../agent-item.js';
import { buildMailFacts } from '../mail-facts.js';
import { billDocumentLure, nameFitsAddress } from './bill-document-lure.js';

const pdf = [{ filename: 'attachment_97289284575.pdf', contentType: 'application/pdf', size: 51_000 }];
const lure = (overrides: Partial<AgentItem>) =>
  billDocumentLure(
    buildMailFacts(
      makeEmailItem({
        fromName: 'Manuel Nelson',
        fromAddress: 'chxydtwen@gmail.com',
        subject: 'Requested invoice BGYSCLRRBHJ',
        bodyText: 'BGYSCLRRBHJ confirmed by Paid Customer.',
        attachments: pdf,
        ...overrides,
      }),
    ),
  );

describe('nameFitsAddress', () => {
  it('accepts the usual ways people turn their name into an address', () => {
    expect(nameFitsAddress('Tom Baker', 'tom.baker.design@gmail.com')).toBe(true);
    expect(nameFitsAddress('Tom Baker', 'tbaker77@gmail.com')).toBe(true);
    expect(nameFitsAddress('Tom Baker', 'tb1987@gmail.com')).toBe(true);
    expect(nameFitsAddress('', 'anything@gmail.com')).toBe(true);
  });

  it('rejects a name that shares nothing with the address', () => {
    expect(nameFitsAddress('Manuel Nelson', 'chxydtwen@gmail.com')).toBe(false);
    expect(nameFitsAddress('Restituição de IRPF oadr', 'gvkjosephrobinson244@gmail.com')).toBe(false);
  });
});

describe('billDocumentLure', () => {
  it('weighs a bare invoice from a free-mail stranger whose name does not fit the address', () => {
    expect(lure({})).toMatchObject({ id: 'attachment.bill-from-free-mail', weight: 0.55 });
  });

  it('reads tax-refund wording and the attachment name in other languages', () => {
    const found = lure({
      subject: 'Atualização - y99656',
      bodyText: 'Prezado (a), veja como solicitar a sua restituição no arquivo em anexo.',
      attachments: [{ filename: '4427217.pdf', contentType: 'application/pdf', size: 51 }],
    });
    expect(found?.id).toBe('attachment.bill-from-free-mail');
    expect(
      lure({
        subject: 'Unterlagen',
        bodyText: 'Anbei.',
        attachments: [{ filename: 'Rechnung_0311.pdf', contentType: 'application/pdf', size: 9 }],
      })?.id,
    ).toBe('attachment.bill-from-free-mail');
  });

  it('stays weak for a freelancer whose name fits the address', () => {
    expect(
      lure({
        fromName: 'Tom Baker',
        fromAddress: 'tom.baker.illustration@gmail.com',
        subject: 'Invoice 0142',
        bodyText: 'Hi Ada, invoice for the March illustrations attached. Thanks! Tom',
      }),
    ).toMatchObject({ weight: 0.3 });
  });

  it('leaves alone company senders, letters, mails with links and attachments that are no bill', () => {
    expect(lure({ fromAddress: 'billing@acme-supplies.com' })).toBeNull();
    expect(
      lure({ bodyText: `Hi Ada,\n\n${'Here is what we discussed about the project. '.repeat(10)}` }),
    ).toBeNull();
    expect(lure({ links: [{ text: 'Pay now', href: 'https://pay.example.net/x' }] })).toBeNull();
    expect(lure({ subject: 'Photos', bodyText: 'From the walk!' })).toBeNull();
    expect(
      lure({ attachments: [{ filename: 'invoice.jpg', contentType: 'image/jpeg', size: 1 }] }),
    ).toBeNull();
  });
});
