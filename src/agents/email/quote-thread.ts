/**
 * The quoted block under a reply: "On <date>, <name> <addr> wrote:" and the
 * sender's new text with "> " before each line, as mail clients do. The date
 * is in the user's time zone (they are the one sending). Only the original's
 * new text is quoted: its own quoted thread would repeat the whole history.
 */
import { localFormatter } from '../../domain/time/format-local.js';
import type { AgentItem } from '../agent-item.js';
import { extractNewText } from './new-text.js';

/** Enough for any real reply; keeps the draft far below the payload limit. */
const maxQuotedChars = 20_000;

const quoteDate: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** "Wed, 4 Mar 2026 at 09:30" in the zone. */
export function formatQuoteDate(instant: Date, timeZone: string): string {
  const formatter = localFormatter(timeZone, quoteDate);
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

/** A display name fit for one header-like line: no line breaks, quotes or control characters. */
export function cleanDisplayName(name: string | null | undefined): string {
  return (name ?? '')
    .replaceAll(/[\u0000-\u001f\u007f"<>]/g, ' ')
    .replaceAll(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

export function attributionLine(item: AgentItem, timeZone: string): string {
  const name = cleanDisplayName(item.fromName);
  const address = item.fromAddress ? `<${item.fromAddress}>` : '';
  const who = [name, address].filter((s) => s !== '').join(' ') || 'someone';
  return item.receivedAt
    ? `On ${formatQuoteDate(item.receivedAt, timeZone)}, ${who} wrote:`
    : `${who} wrote:`;
}

/** "> "-prefixed lines; blank lines become a bare ">". */
export function quoteLines(text: string): string {
  return text
    .replaceAll(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line.trimEnd()}`))
    .join('\n');
}

export function quoteThread(item: AgentItem, timeZone: string): string {
  const newText = extractNewText(item.bodyText, { senderName: item.fromName }).text;
  const text = (newText || item.bodyText.trim()).slice(0, maxQuotedChars);
  return `${attributionLine(item, timeZone)}\n${quoteLines(text)}`;
}
