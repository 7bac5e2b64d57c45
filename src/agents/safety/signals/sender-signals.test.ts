import { describe, expect, it } from 'vitest';
import { makeEmailItem } from '../../../../test/helpers/agent-items.js';
import { buildMailFacts } from '../mail-facts.js';
import { senderSignals } from './sender-signals.js';

const ids = (overrides: Parameters<typeof makeEmailItem>[0]) =>
  senderSignals(buildMailFacts(makeEmailItem(overrides))).map((s) => s.id);

describe('senderSignals', () => {
  it('flags Reply-To on a free-mail address when From is an organisation', () => {
    expect(ids({ fromAddress: 'billing@acme.example', replyTo: 'acme.billing@gmail.com' })).toContain(
      'sender.reply-to-free-mail',
    );
  });

  it('accepts Reply-To on another subdomain of the same organisation', () => {
    expect(ids({ fromAddress: 'news@mail.acme.example', replyTo: 'hello@acme.example' })).toEqual([]);
  });

  it('flags a free-mail account posing as an executive or an organisation', () => {
    expect(ids({ fromAddress: 'r.chen@gmail.com', fromName: 'Robert Chen, CEO' })).toContain(
      'sender.free-mail-executive',
    );
    expect(ids({ fromAddress: 'help@outlook.com', fromName: 'Bank Security Team' })).toContain(
      'sender.free-mail-organisation',
    );
    expect(ids({ fromAddress: 'grace.hopper@gmail.com', fromName: 'Grace Hopper' })).toEqual([]);
  });

  it('flags a sender address without a valid domain', () => {
    expect(ids({ fromAddress: 'atendimento@correios' })).toContain('sender.invalid-domain');
  });
});
