import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { attachmentSignals } from './attachment-signals.js';

const ids = (filename: string, contentType = 'application/octet-stream', bodyText = 'See attached.') =>
  attachmentSignals(
    buildMailFacts(makeEmailItem({ bodyText, attachments: [{ filename, contentType, size: 1000 }] })),
  ).map((s) => s.id);

describe('attachmentSignals', () => {
  it('flags programs, disk images, web pages and macro documents', () => {
    expect(ids('invoice.exe')).toContain('attachment.executable');
    expect(ids('scan.js')).toContain('attachment.executable');
    expect(ids('documents.iso')).toContain('attachment.disk-image');
    expect(ids('Payment_Advice.html', 'text/html')).toContain('attachment.web-page');
    expect(ids('budget.xlsm')).toContain('attachment.macro');
  });

  it('flags a double extension and a password-protected archive', () => {
    expect(ids('invoice.pdf.exe')).toContain('attachment.double-extension');
    expect(ids('files.zip', 'application/zip', 'The archive password: 7781')).toContain(
      'attachment.protected-archive',
    );
    expect(ids('files.zip', 'application/zip')).toEqual([]);
  });

  it('leaves ordinary documents alone', () => {
    expect(ids('minutes.pdf', 'application/pdf')).toEqual([]);
    expect(ids('plan.docx')).toEqual([]);
  });
});
