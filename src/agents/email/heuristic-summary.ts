/**
 * Extractive summary of one mail: sentences of the sender's new text (never
 * the quoted thread, signature or disclaimer), ranked so that questions,
 * requests, dates and amounts come first. The TL;DR is the best sentence;
 * bullets are the next ones in reading order, topped up with facts we know
 * (due date, reply needed, attachments) so there are always three to five.
 */
import type { MailSummary } from '../../domain/analysis/summary.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import { formatShortDateTime } from '../../domain/time/format-local.js';
import type { AgentItem } from '../agent-item.js';
import { moneyText, requestText } from '../triage/category-patterns.js';
import { extractNewText, type NewText } from './new-text.js';
import { splitSentences } from './split-sentences.js';

const maxSentenceChars = 220;
const greeting =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|greetings)\b[^.!?]{0,40}[,!.]?$/i;
const pleasantry =
  /^(?:i hope|hope) (?:you|this|all|everything)\b|^(?:how are you|how's it going)\b|^(?:thanks|thank you|many thanks|cheers)(?: so much| again| in advance)?[,.!]*$/i;
const datePhrase =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b|\b(?:today|tomorrow|tonight|next week|this week|end of (?:day|week|month))\b|\b\d{1,2}\/\d{1,2}\b/i;
const deadline = /\b(?:due|deadline|by|before|until|no later than|latest)\b/i;
const urlOnly = /^\S+:\/\/\S+$/;

function truncate(sentence: string): string {
  const clean = sentence.replaceAll(/\s+/g, ' ').trim();
  if (clean.length <= maxSentenceChars) return clean;
  const cut = clean.slice(0, maxSentenceChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxSentenceChars / 2))}…`;
}

function substantive(sentence: string): boolean {
  if (greeting.test(sentence) || pleasantry.test(sentence) || urlOnly.test(sentence)) return false;
  return sentence.split(/\s+/).length >= 3;
}

function score(sentence: string, index: number): number {
  let s = 1 / (1 + index * 0.35);
  if (sentence.endsWith('?')) s += 2;
  if (requestText.test(sentence)) s += 1.5;
  if (datePhrase.test(sentence)) s += 1.5;
  if (moneyText.test(sentence)) s += 1.5;
  if (deadline.test(sentence) && datePhrase.test(sentence)) s += 1;
  return s;
}

export interface SummaryFacts {
  triage: TriageResult | undefined;
  timezone: string;
}

/** Facts worth a bullet of their own, and filler that only tops the list up to three. */
function factBullets(item: AgentItem, facts: SummaryFacts): { important: string[]; filler: string[] } {
  const important: string[] = [];
  const filler: string[] = [];
  if (facts.triage?.dueAt) important.push(`Due ${formatShortDateTime(facts.triage.dueAt, facts.timezone)}`);
  if (facts.triage?.needsReply) important.push('Waiting for your reply');
  const files = item.attachments.filter((a) => !a.contentType.toLowerCase().startsWith('text/calendar'));
  if (files.length > 0) {
    const names = files.slice(0, 3).map((a) => a.filename || a.contentType);
    filler.push(`Attachments: ${names.join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`);
  }
  const others = item.toAddresses.length + item.ccAddresses.length - 1;
  if (others > 0) filler.push(`Also sent to ${others} other ${others === 1 ? 'person' : 'people'}`);
  filler.push(`From ${item.fromName?.trim() || item.fromAddress || 'an unknown sender'}`);
  return { important, filler };
}

export function heuristicSummary(item: AgentItem, facts: SummaryFacts, newText?: NewText): MailSummary {
  const text = (newText ?? extractNewText(item.bodyText, { senderName: item.fromName })).text;
  const sentences = splitSentences(text || item.bodyText.slice(0, 4000))
    .filter(substantive)
    .slice(0, 40);
  const ranked = sentences.map((sentence, index) => ({ sentence, index, score: score(sentence, index) }));
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const top = ranked[0];
  const tldr = top ? truncate(top.sentence) : truncate(item.subject || item.snippet || '(no text)');
  const picked = ranked
    .slice(1, 4)
    .sort((a, b) => a.index - b.index)
    .map((r) => truncate(r.sentence));
  const { important, filler } = factBullets(item, facts);
  const bullets = [...picked, ...important].slice(0, 5);
  for (const fact of filler) {
    if (bullets.length >= 3) break;
    bullets.push(fact);
  }
  return { tldr, bullets: bullets.slice(0, 5) };
}
