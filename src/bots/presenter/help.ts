import type { OutboundMessage } from '../message/message-model.js';

const commands: Array<[string, string]> = [
  ['/inbox', "today's triaged mail and what still needs you, most important first"],
  ['/plan-day', "today's plan: must-dos and time blocks to approve (/plan-day 2026-11-26 for another day)"],
  ['/pending', 'every proposal waiting for your decision'],
  ['/refresh', 'look for new mail and analyse it now'],
  ['/runs', 'recent agent runs: which agents ran, with which brain, what failed'],
  ['/import PATH', 'import an mbox, a folder of mail files (.eml, Maildir) or an .ics calendar'],
  ['/help', 'this list'],
];

export function presentHelp(options: {
  brain: 'llm' | 'heuristic';
  channel: 'terminal' | 'slack' | 'telegram';
}): OutboundMessage {
  const lines = commands.map(([c, d]) => [{ text: c, code: true }, ` ${d}`]);
  const footer =
    options.channel === 'terminal'
      ? 'Press a button by typing its number. Nothing is sent or written to a calendar until you approve it.'
      : 'Nothing is sent or written to a calendar until you approve it.';
  return {
    kind: 'help',
    fallbackText: 'Personal Ops Center: commands',
    blocks: [
      { type: 'heading', text: 'Personal Ops Center' },
      {
        type: 'paragraph',
        content: [
          'I read your mail and calendar, flag scams, draft replies and plan your day. ',
          options.brain === 'llm'
            ? 'Using the configured AI model.'
            : 'Running on basic rules (no AI model configured).',
        ],
      },
      { type: 'bullets', items: lines },
      { type: 'context', text: footer },
    ],
  };
}
