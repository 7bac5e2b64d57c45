import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InboundEvent } from '../channel.js';
import type { OutboundMessage } from '../message/message-model.js';
import { parseTerminalInput } from './parse-terminal-input.js';
import { TerminalChannel } from './terminal-channel.js';

const card: OutboundMessage = {
  kind: 'proposal_card',
  fallbackText: 'card',
  blocks: [
    { type: 'heading', text: 'Reply to Grace' },
    { type: 'paragraph', content: ['Hello ', { text: 'there', bold: true }, '\u001b[31m red?'] },
    {
      type: 'buttons',
      buttons: [
        {
          label: 'Approve',
          action: {
            type: 'proposal',
            op: 'approve',
            proposalId: '00000000-0000-4000-8000-000000000001',
            version: 1,
          },
        },
        {
          label: 'Reject',
          action: {
            type: 'proposal',
            op: 'reject',
            proposalId: '00000000-0000-4000-8000-000000000001',
            version: 1,
          },
        },
      ],
    },
  ],
};

function harness() {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += chunk.toString();
  });
  let closed = false;
  const channel = new TerminalChannel({ input, output, color: false, onClose: () => (closed = true) });
  const events: InboundEvent[] = [];
  const started = channel.start(async (event) => {
    events.push(event);
  });
  return { input, channel, events, started, text: () => text, closed: () => closed };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('terminal input', () => {
  it('reads commands in either spelling, button numbers and text', () => {
    expect(parseTerminalInput('/plan_day 2026-11-26')).toEqual({
      kind: 'command',
      command: 'plan-day',
      args: '2026-11-26',
    });
    expect(parseTerminalInput(' [3] ')).toEqual({ kind: 'button', number: 3 });
    expect(parseTerminalInput('Tuesday works')).toEqual({ kind: 'text', text: 'Tuesday works' });
    expect(parseTerminalInput('   ')).toEqual({ kind: 'empty' });
  });
});

describe('TerminalChannel', () => {
  it('prints numbered buttons, strips escape sequences, and turns a number into the button action', async () => {
    const h = harness();
    await h.started;
    await h.channel.send('terminal', card);
    expect(h.text()).toContain('[1] Approve   [2] Reject');
    expect(h.text()).not.toContain('\u001b');
    h.input.write('2\n/inbox\nhello\n99\n');
    await tick();
    expect(h.events.map((e) => e.kind)).toEqual(['action', 'command', 'text']);
    expect(h.events[0]).toMatchObject({ action: { op: 'reject', version: 1 }, message: { messageId: '1' } });
    expect(h.text()).toContain('No button [99] on screen');
  });

  it('retires the buttons of a message when it is updated', async () => {
    const h = harness();
    await h.started;
    const ref = await h.channel.send('terminal', card);
    await h.channel.update(ref, card);
    expect(h.text()).toContain('[3] Approve   [4] Reject');
    h.input.write('1\n');
    await tick();
    expect(h.events).toHaveLength(0);
    expect(h.text()).toContain('No button [1] on screen');
  });

  it('reports the end of input', async () => {
    const h = harness();
    await h.started;
    h.input.end();
    await tick();
    expect(h.closed()).toBe(true);
  });

  it('closes on /quit or /exit without passing them on, like the end of input', async () => {
    for (const command of ['/quit', '/EXIT']) {
      const h = harness();
      await h.started;
      h.input.write('/inbox\n');
      h.input.write(`${command}\n`);
      await tick();
      expect(h.closed()).toBe(true);
      expect(h.events.map((e) => (e.kind === 'command' ? e.command : e.kind))).toEqual(['inbox']);
    }
  });
});
