/**
 * The details around a proposed time: how long, where, who, and what to call
 * it. Everything here is read from mail text, so every value is plain,
 * single-line and short before it reaches a payload.
 */
import type { AgentItem } from '../agent-item.js';

const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fortyfive: 45,
  sixty: 60,
  ninety: 90,
};

function amount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(lower)) return Number(lower.replace(',', '.'));
  return numberWords[lower];
}

const amountPattern = String.raw`(\d+(?:[.,]\d+)?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty(?:-?five)?|sixty|ninety)`;

/** Minutes of a stated duration ("for an hour", "45 minutes", "30 min", "1.5 hours"), if any. */
export function durationFromText(text: string): number | undefined {
  if (/\b(?:half an hour|half-hour|30-minute)\b/i.test(text)) return 30;
  const hoursAndHalf = new RegExp(String.raw`\b${amountPattern}\s+and\s+a\s+half\s+hours?\b`, 'i').exec(text);
  if (hoursAndHalf?.[1]) return (amount(hoursAndHalf[1]) ?? 0) * 60 + 30;
  if (/\ban hour and a half\b/i.test(text)) return 90;
  const hours = new RegExp(String.raw`\b${amountPattern}[\s-]*(?:hours?|hrs?|h)\b`, 'i').exec(text);
  const minutes = new RegExp(String.raw`\b${amountPattern}[\s-]*(?:minutes?|mins?|m)\b`, 'i').exec(text);
  let total = 0;
  if (hours?.[1]) total += (amount(hours[1]) ?? 0) * 60;
  if (minutes?.[1]) total += amount(minutes[1]) ?? 0;
  if (total < 5 || total > 8 * 60) return undefined;
  return Math.round(total);
}

const meetingHosts =
  /^https:\/\/(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|whereby\.com|webex\.com|meet\.jit\.si|gotomeeting\.com|around\.co)\//i;

/** The first video-meeting link in the text or the mail's links. */
export function meetingUrlFrom(text: string, links: Array<{ href: string }> = []): string | undefined {
  const inText = text.match(/https:\/\/[^\s<>"')\]]+/gi) ?? [];
  for (const candidate of [...inText, ...links.map((l) => l.href)]) {
    const url = candidate.replace(/[.,;:!?]+$/, '');
    if (meetingHosts.test(url) && url.length <= 300) return url;
  }
  return undefined;
}

const videoTools: Array<[RegExp, string]> = [
  [/\b(?:on|via|over|using)\s+zoom\b/i, 'Zoom'],
  [/\b(?:on|via|over|using)\s+(?:google\s+)?meet\b/i, 'Google Meet'],
  [/\b(?:on|via|over|using)\s+(?:ms\s+|microsoft\s+)?teams\b/i, 'Microsoft Teams'],
  [/\b(?:on|via|over|using)\s+skype\b/i, 'Skype'],
  [/\b(?:on|via|over|using)\s+webex\b/i, 'Webex'],
  [/\b(?:on|via|over)\s+(?:the\s+)?phone\b|\bphone call\b/i, 'Phone call'],
];

const placeNouns =
  'office|offices|hq|headquarters|place|house|flat|home|caf[eé]|coffee shop|restaurant|pub|bar|building|room|meeting room|boardroom|studio|lab|library|campus|site|station|reception|lobby|desk|hotel';

/** Where the meeting is, when the text says so. */
export function locationFromText(text: string, links: Array<{ href: string }> = []): string | undefined {
  const url = meetingUrlFrom(text, links);
  for (const [pattern, name] of videoTools) {
    if (pattern.test(text)) return url ?? name;
  }
  const place = new RegExp(
    String.raw`\b(?:at|in)\s+((?:our|the|your|my|their)\s+(?:[A-Za-zÀ-ÿ'&-]+\s+){0,3}?(?:${placeNouns})(?:\s+(?:in|on)\s+[A-Z][\wÀ-ÿ'-]+(?:\s+[A-Z][\wÀ-ÿ'-]+){0,2})?)\b`,
    'i',
  ).exec(text);
  if (place?.[1]) return plainLine(place[1], 200);
  const room = /\b(?:in|at)\s+((?:room|meeting room|conference room)\s+[\w.-]{1,12})\b/i.exec(text);
  if (room?.[1]) return plainLine(room[1], 200);
  return url;
}

/** One plain line: no control characters, collapsed spaces, at most `max` characters. */
export function plainLine(text: string, max: number): string {
  const flat = text
    .replaceAll(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replaceAll(/\s+/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const roleAddress =
  /^(?:no-?reply|do-?not-?reply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|calendar-notification|support|info|newsletter|news|marketing|billing|admin)\b/i;

const emailShape = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

/** A human's address, not a robot's, and one the payload schema accepts. */
export function isPersonAddress(address: string | null | undefined): address is string {
  if (!address || !emailShape.test(address)) return false;
  return !roleAddress.test(address.split('@')[0] ?? '');
}

/**
 * Who should be invited: the sender, and in a group conversation the other
 * people on To/Cc. Never the user, never a robot address, never an address
 * read from the body (mail text must not choose who gets invited).
 */
export function attendeesFor(item: AgentItem, ownAddresses: string[]): string[] {
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  const sender = (item.replyTo && isPersonAddress(item.replyTo) ? item.replyTo : item.fromAddress) ?? '';
  const people = [sender, ...item.toAddresses, ...item.ccAddresses]
    .map((a) => a.trim().toLowerCase())
    .filter((a) => isPersonAddress(a) && !own.has(a));
  return [...new Set(people)];
}

/** "Meeting with Grace Hopper", "Call with Grace Hopper and 2 others". */
export function meetingTitle(item: AgentItem, kind: string, attendees: string[]): string {
  const name = plainLine(item.fromName || item.fromAddress?.split('@')[0] || '', 60);
  const others = attendees.length - 1;
  const who = name ? ` with ${name}${others > 0 ? ` and ${others} other${others > 1 ? 's' : ''}` : ''}` : '';
  return `${kind}${who}`;
}

/** What sort of meeting the sentence asks for, as the title's first word. */
export function meetingKind(sentence: string): string {
  if (/\b(?:call|phone|ring)\b/i.test(sentence)) return 'Call';
  if (/\blunch\b/i.test(sentence)) return 'Lunch';
  if (/\bcoffee\b/i.test(sentence)) return 'Coffee';
  if (/\bdinner\b/i.test(sentence)) return 'Dinner';
  if (/\bdrinks?\b/i.test(sentence)) return 'Drinks';
  if (/\binterview\b/i.test(sentence)) return 'Interview';
  return 'Meeting';
}
