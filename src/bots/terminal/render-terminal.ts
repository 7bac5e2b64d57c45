/** Renders the message model as terminal text; buttons get numbers the user types. */
import type { Block, Button, Inline, OutboundMessage } from '../message/message-model.js';

export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
}

export const ansiStyle: TerminalStyle = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  italic: (t) => `\u001b[3m${t}\u001b[23m`,
  underline: (t) => `\u001b[4m${t}\u001b[24m`,
};

export const plainStyle: TerminalStyle = {
  bold: (t) => t,
  dim: (t) => t,
  italic: (t) => t,
  underline: (t) => t,
};

// Mail text may carry escape sequences; nothing from outside may drive the terminal.
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function renderInline(content: Inline[], style: TerminalStyle): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return stripControl(part);
      let text = stripControl(part.text);
      if (part.code) text = `\`${text}\``;
      if (part.bold) text = style.bold(text);
      if (part.italic) text = style.italic(text);
      if (part.href) text = `${text} ${style.dim(`<${stripControl(part.href)}>`)}`;
      return text;
    })
    .join('');
}

function renderBlock(block: Block, style: TerminalStyle, number: (button: Button) => number): string {
  switch (block.type) {
    case 'heading':
      return style.bold(`== ${stripControl(block.text)} ==`);
    case 'paragraph':
      return renderInline(block.content, style);
    case 'fields':
      return block.fields
        .map((f) => `  ${style.bold(`${stripControl(f.label)}:`)} ${stripControl(f.value)}`)
        .join('\n');
    case 'bullets':
      return block.items.map((item) => `  - ${renderInline(item, style)}`).join('\n');
    case 'context':
      return style.dim(stripControl(block.text));
    case 'divider':
      return style.dim('-'.repeat(40));
    case 'buttons':
      return `  ${block.buttons.map((b) => `[${number(b)}] ${b.label}`).join('   ')}`;
  }
}

/** Returns the text and calls `number` once per button, in order, to get its number. */
export function renderTerminal(
  message: OutboundMessage,
  style: TerminalStyle,
  number: (button: Button) => number,
): string {
  return message.blocks.map((block) => renderBlock(block, style, number)).join('\n');
}
