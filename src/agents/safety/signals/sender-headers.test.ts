import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { senderSignals } from './sender-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  senderSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);
const headers = (extra: Record<string, string>) => ({ 'message-id': '<x@mail.example.com>', ...extra });

describe('senderSignals: mangled and forged envelope headers', () => {
  it('flags a From line with a name but no usable address', () => {
    expect(ids({ fromName: 'Leon Blauer', fromAddress: null })).toContain('sender.no-address');
    expect(ids({ fromName: 'Grace Hopper' })).not.toContain('sender.no-address');
  });

  it('flags an empty envelope sender on ordinary mail, not on bounces or auto-replies', () => {
    expect(ids({ replaceHeaders: headers({ 'return-path': '<>' }) })).toContain('sender.null-return-path');
    expect(
      ids({ fromAddress: 'MAILER-DAEMON@mx.example.com', replaceHeaders: headers({ 'return-path': '<>' }) }),
    ).not.toContain('sender.null-return-path');
    expect(
      ids({ replaceHeaders: headers({ 'return-path': '<>', 'auto-submitted': 'auto-replied' }) }),
    ).not.toContain('sender.null-return-path');
    expect(
      ids({ replaceHeaders: headers({ 'return-path': '<>', 'content-type': 'multipart/report; x=1' }) }),
    ).not.toContain('sender.null-return-path');
  });

  it('flags list headers no list software writes, and grants them no list leniency', () => {
    const fakeId = { 'list-id': '<lzdqPA99y.xt.local>' };
    expect(ids({ replaceHeaders: headers(fakeId) })).toContain('sender.forged-list-headers');
    expect(buildMailFacts(makeEmailItem({ replaceHeaders: headers(fakeId) })).mailingList).toBe(false);
    expect(ids({ replaceHeaders: headers({ 'list-unsubscribe': '<ABC.0.0.ABC@mail.toom.de>' }) })).toContain(
      'sender.forged-list-headers',
    );
  });

  it('accepts real list headers', () => {
    const real = headers({
      'list-id': 'Kerning Weekly <weekly.kerningweekly.com>',
      'list-unsubscribe': '<https://example.com/u/1>, <mailto:leave@example.com>',
    });
    expect(ids({ replaceHeaders: real })).not.toContain('sender.forged-list-headers');
    expect(buildMailFacts(makeEmailItem({ replaceHeaders: real })).mailingList).toBe(true);
  });
});
