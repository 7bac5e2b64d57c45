/**
 * The chat surface of the embedded default: messages printed to the terminal,
 * commands and button numbers read from it. One local user, one conversation.
 */
import { userInfo } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Channel, ChatIdentityRef, InboundHandler, SentMessageRef } from '../channel.js';
import type { Button, OutboundMessage } from '../message/message-model.js';
import { parseTerminalInput } from './parse-terminal-input.js';
import { ansiStyle, plainStyle, renderTerminal, type TerminalStyle } from './render-terminal.js';

export interface TerminalChannelOptions {
  input: Readable;
  output: Writable;
  color?: boolean;
  /** Called when the input ends (Ctrl-D, end of a piped script). */
  onClose?: () => void;
}

const CHAT_ID = 'terminal';

export class TerminalChannel implements Channel {
  readonly name = 'terminal' as const;
  private readonly style: TerminalStyle;
  private readonly buttons = new Map<number, { button: Button; ref: SentMessageRef }>();
  private readonly buttonsByMessage = new Map<string, number[]>();
  private nextButton = 1;
  private nextMessage = 1;
  private rl: Interface | undefined;
  private queue: Promise<void> = Promise.resolve();
  readonly identity: ChatIdentityRef;

  constructor(private readonly options: TerminalChannelOptions) {
    this.style = options.color ? ansiStyle : plainStyle;
    this.identity = {
      platform: 'console',
      externalUserId: safeUserName(),
      workspaceId: '',
      chatId: CHAT_ID,
      displayName: safeUserName(),
    };
  }

  async start(handler: InboundHandler): Promise<void> {
    const rl = createInterface({ input: this.options.input, terminal: false });
    this.rl = rl;
    const replies = {
      send: (message: OutboundMessage) => this.send(CHAT_ID, message),
      update: (ref: SentMessageRef, message: OutboundMessage) => this.update(ref, message),
    };
    rl.on('line', (line) => {
      // One line at a time, in order: a button press must not overtake the command before it.
      this.queue = this.queue.then(() => this.handleLine(line, handler, replies)).catch(() => {});
    });
    rl.on('close', () => {
      void this.queue.then(() => this.options.onClose?.());
    });
  }

  private async handleLine(line: string, handler: InboundHandler, replies: Parameters<InboundHandler>[1]) {
    const input = parseTerminalInput(line);
    switch (input.kind) {
      case 'empty':
        return;
      case 'command':
        // Terminal-only: leaving is what /quit means in every console program.
        if (input.command === 'quit' || input.command === 'exit') {
          this.rl?.close();
          return;
        }
        return handler(
          { kind: 'command', identity: this.identity, command: input.command, args: input.args },
          replies,
        );
      case 'text':
        return handler({ kind: 'text', identity: this.identity, text: input.text }, replies);
      case 'button': {
        const entry = this.buttons.get(input.number);
        if (!entry) {
          this.write(this.style.dim(`No button [${input.number}] on screen. Type /help for commands.`));
          return;
        }
        return handler(
          { kind: 'action', identity: this.identity, action: entry.button.action, message: entry.ref },
          replies,
        );
      }
    }
  }

  async send(_chatId: string, message: OutboundMessage): Promise<SentMessageRef> {
    const ref: SentMessageRef = {
      channel: 'terminal',
      chatId: CHAT_ID,
      messageId: String(this.nextMessage++),
    };
    this.print(ref, message);
    return ref;
  }

  async update(ref: SentMessageRef, message: OutboundMessage): Promise<void> {
    // A terminal cannot edit scrolled-away text: retire the old buttons and print the new state.
    for (const n of this.buttonsByMessage.get(ref.messageId) ?? []) this.buttons.delete(n);
    if (message.kind === 'run_progress') {
      // Progress reads as a running log, not as a stack of "updated" messages.
      this.write(this.style.dim(`  ${renderTerminal(message, plainStyle, () => 0).trim()}`));
      return;
    }
    this.write(this.style.dim(`(updated message ${ref.messageId})`));
    this.print(ref, message);
  }

  async stop(): Promise<void> {
    this.rl?.close();
    await this.queue;
  }

  private print(ref: SentMessageRef, message: OutboundMessage) {
    const numbers: number[] = [];
    const text = renderTerminal(message, this.style, (button) => {
      const n = this.nextButton++;
      this.buttons.set(n, { button, ref });
      numbers.push(n);
      return n;
    });
    this.buttonsByMessage.set(ref.messageId, numbers);
    this.write(`\n${text}`);
  }

  private write(text: string) {
    this.options.output.write(`${text}\n`);
  }
}

function safeUserName(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}
