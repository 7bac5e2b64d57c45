/** Turns one typed line into a command, a button number or free text. */
export type TerminalInput =
  | { kind: 'command'; command: string; args: string }
  | { kind: 'button'; number: number }
  | { kind: 'text'; text: string }
  | { kind: 'empty' };

export function parseTerminalInput(line: string): TerminalInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (text.startsWith('/')) {
    const [head = '', ...rest] = text.slice(1).split(/\s+/);
    // Slack spells /plan-day, Telegram /plan_day: accept both everywhere.
    return { kind: 'command', command: head.toLowerCase().replaceAll('_', '-'), args: rest.join(' ') };
  }
  const button = /^\[?(\d{1,6})\]?$/.exec(text);
  if (button) return { kind: 'button', number: Number(button[1]) };
  return { kind: 'text', text };
}
