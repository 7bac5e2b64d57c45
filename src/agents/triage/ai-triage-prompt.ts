/**
 * The triage prompt: one system message, and per message a line of facts we
 * computed (trusted) followed by the mail's own words inside a fence
 * (untrusted). Each message is bounded: subject, sender and a condensed body
 * of at most `bodyChars` characters, so a 50 kB newsletter costs the same as
 * a two-line note.
 */
import { actionTypes, type TriageResult, triageCategories } from '../../domain/analysis/triage.js';
import { localFormatter } from '../../domain/time/format-local.js';
import { fenceUntrusted, untrustedDataRule } from '../../llm/fence-untrusted.js';
import { type AgentItem, header } from '../agent-item.js';
import { condenseMailBody, truncateAtWord } from './condense-mail-body.js';

export const defaultBodyChars = 600;
const subjectChars = 160;
const senderChars = 100;
const ruleReasonChars = 100;

export function triageSystemPrompt(now: Date, timezone: string): string {
  return [
    "You triage a person's email. For each message decide:",
    `category: one of ${triageCategories.join(', ')}`,
    'importance: 1 ignore, 2 low, 3 normal, 4 important, 5 act today',
    'needs_reply: true only if a person expects an answer from the user',
    `action_type: one of ${actionTypes.join(', ')}`,
    'due: deadline as YYYY-MM-DD if stated or clearly implied, else null',
    'reason: at most 12 words',
    'Answer with JSON only: {"items":[{"id":"m1","category":"work","importance":3,"needs_reply":true,' +
      '"action_type":"reply","due":null,"reason":"..."}]}, one entry per message id.',
    `Now: ${localDateTime(now, timezone)} (${timezone}).`,
    'A line starting with [m<n>] holds facts from the mail system; "rules" is a keyword guess that may be wrong.',
    untrustedDataRule,
  ].join('\n');
}

export interface RenderOptions {
  timezone: string;
  bodyChars: number;
  /** The user's own addresses, lower case, when known. */
  userAddresses?: readonly string[] | undefined;
}

export function renderTriageItem(
  ref: string,
  item: AgentItem,
  heuristic: TriageResult | undefined,
  options: RenderOptions,
): string {
  const facts = `[${ref}] ${factsOf(item, heuristic, options).join(' | ')}`;
  const sender = item.fromName ? `${item.fromName} <${item.fromAddress ?? '?'}>` : (item.fromAddress ?? '?');
  const body = condenseMailBody(item.bodyText || item.snippet, options.bodyChars);
  const untrusted = [
    `From: ${truncateAtWord(oneLine(sender), senderChars)}`,
    `Subject: ${truncateAtWord(oneLine(item.subject), subjectChars)}`,
    '',
    body,
  ].join('\n');
  return `${facts}\n${fenceUntrusted(ref, untrusted)}`;
}

function factsOf(item: AgentItem, heuristic: TriageResult | undefined, options: RenderOptions): string[] {
  const facts: string[] = [];
  if (item.receivedAt) facts.push(`received ${localDateTime(item.receivedAt, options.timezone)}`);
  if (item.kind === 'event' && item.startAt)
    facts.push(`event ${localDateTime(item.startAt, options.timezone)}`);
  const mine = new Set((options.userAddresses ?? []).map((a) => a.toLowerCase()));
  if (mine.size > 0) {
    const to = item.toAddresses.some((a) => mine.has(a.toLowerCase()));
    const cc = item.ccAddresses.some((a) => mine.has(a.toLowerCase()));
    facts.push(to ? 'to you' : cc ? 'cc you' : 'you not in to/cc');
  }
  facts.push(`to ${item.toAddresses.length}, cc ${item.ccAddresses.length}`);
  const precedence = header(item, 'precedence')?.toLowerCase();
  if (
    header(item, 'list-unsubscribe') ||
    header(item, 'list-id') ||
    precedence === 'bulk' ||
    precedence === 'list'
  ) {
    facts.push('list mail');
  }
  const auto = header(item, 'auto-submitted')?.toLowerCase();
  if (auto && auto !== 'no') facts.push('automated');
  if (header(item, 'in-reply-to')) facts.push('reply in thread');
  if (replyToDiffers(item)) facts.push('reply-to domain differs');
  if (item.calendarPart) facts.push('has calendar invite');
  if (item.attachments.length > 0) {
    const kinds = [...new Set(item.attachments.map((a) => extensionOf(a.filename, a.contentType)))];
    facts.push(`attachments: ${kinds.slice(0, 4).join(', ')}`);
  }
  if (heuristic) {
    // Reasons may echo a phrase of the mail ("asks a question by name"): no tags, and short.
    const why = truncateAtWord(
      oneLine(heuristic.reasons.join('; ')).replaceAll(/[<>]/g, ''),
      ruleReasonChars,
    );
    facts.push(`rules: ${heuristic.category}, ${heuristic.importance}${why ? ` (${why})` : ''}`);
  }
  return facts;
}

function replyToDiffers(item: AgentItem): boolean {
  const domain = (address: string | null) => address?.split('@')[1]?.toLowerCase().replace(/>$/, '');
  const from = domain(item.fromAddress);
  const replyTo = domain(item.replyTo);
  return from !== undefined && replyTo !== undefined && from !== replyTo;
}

function extensionOf(filename: string, contentType: string): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1];
  const kind = (ext ?? contentType.split('/')[1] ?? '').toLowerCase().replaceAll(/[^a-z0-9.+-]/g, '');
  return kind.slice(0, 10) || 'file';
}

function oneLine(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim();
}

const promptDateTime: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** "2025-11-27 Thu 09:14" on the user's wall clock. */
export function localDateTime(date: Date, timezone: string): string {
  const parts = localFormatter(timezone, promptDateTime).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('weekday')} ${get('hour')}:${get('minute')}`;
}
