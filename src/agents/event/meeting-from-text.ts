/**
 * Finds meeting proposals in what a sender wrote ("can we meet Tuesday at 3?").
 * chrono-node finds the dates; a date only counts when its sentence proposes
 * (a question, "how about", "let's") something meeting-like, names a day and
 * a time, and the time is still ahead. Sentences that propose a meeting but no
 * usable time are reported as unresolved so the LLM path can look at them.
 */
import * as chrono from 'chrono-node';
import type { AgentItem } from '../agent-item.js';
import { cleanMailText } from './clean-mail-text.js';
import { instantFromWallClock, localDateOfInstant, offsetMinutesAt, type WallClock } from './event-time.js';
import {
  announcementCue,
  availabilityCue,
  clauseAround,
  meetingCue,
  negativeCue,
  paragraphAfter,
  pastCue,
  proposalCue,
  reportSubject,
  type Sentence,
  sentencesOf,
} from './meeting-cues.js';
import { durationFromText, locationFromText, meetingKind } from './meeting-details.js';

export interface TextMeeting {
  start: Date;
  end: Date;
  /** Minutes, from the text, or undefined when the default applies. */
  statedMinutes: number | undefined;
  location: string | undefined;
  /** Meeting, Call, Lunch... */
  kind: string;
  /** The zone named in the text ("CET"), when it overrode the user's. */
  statedZone: string | undefined;
}

export interface TextMeetingScan {
  meetings: TextMeeting[];
  /** A sentence proposes a meeting but its time could not be pinned down. */
  unresolved: boolean;
}

export interface TextMeetingOptions {
  timeZone: string;
  /** The mail's arrival: "Tuesday" means the Tuesday after this. */
  reference: Date;
  now: Date;
  defaultMinutes: number;
  /** Local hours [from, to) the user meets in; decides "at 3" = 15:00. */
  meetingHours: [number, number];
}

type Day = { year: number; month: number; day: number };

export function hasDay(result: chrono.ParsedResult): boolean {
  const s = result.start;
  if (s.isCertain('weekday')) return true;
  // "next week" is certain about a day chrono made up, not one the sender chose.
  return s.isCertain('day') && !/\b(?:week|month|year|weekend)\b/i.test(result.text);
}

/** "the 14th", which chrono skips: that day of this month, or of the next when it has passed. */
function ordinalDay(text: string, reference: Day): Day | undefined {
  const day = Number(/\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text)?.[1]);
  if (!(day >= 1 && day <= 31)) return undefined;
  if (day >= reference.day) return { ...reference, day };
  return reference.month === 12
    ? { year: reference.year + 1, month: 1, day }
    : { year: reference.year, month: reference.month + 1, day };
}

/** "at 3" means 15:00 when 3am is outside the user's meeting hours and 3pm inside. */
function resolveHour(hour: number, meridiemCertain: boolean, hours: [number, number]): number {
  if (meridiemCertain || hour < 1 || hour > 11) return hour;
  const inside = (h: number) => h >= hours[0] && h < hours[1];
  return !inside(hour) && inside(hour + 12) ? hour + 12 : hour;
}

/** Local fields to an instant: in the zone the text named, else in the user's zone. */
export function toInstant(wall: WallClock, statedOffset: number | null, timeZone: string): Date {
  if (statedOffset === null) return instantFromWallClock(wall, timeZone);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return new Date(utc - statedOffset * 60_000);
}

export function wallOf(components: chrono.ParsedComponents, day: Day, hours: [number, number]): WallClock {
  const hour = resolveHour(components.get('hour') ?? 0, components.isCertain('meridiem'), hours);
  return { ...day, hour, minute: components.get('minute') ?? 0 };
}

/** One chrono date in a proposing sentence: a meeting, 'unresolved', or undefined (not a proposal). */
/** Minutes from `start` to a stated end time on the same day, when that reads as a meeting's length. */
export function statedSpanMinutes(
  start: Date,
  end: chrono.ParsedComponents | null | undefined,
  day: Day,
  offset: number | null,
  options: TextMeetingOptions,
): number | undefined {
  if (!end?.isCertain('hour')) return undefined;
  const until = toInstant(wallOf(end, day, options.meetingHours), offset, options.timeZone);
  const minutes = Math.round((until.getTime() - start.getTime()) / 60_000);
  return minutes >= 5 && minutes <= 480 ? minutes : undefined;
}

function meetingFrom(
  result: chrono.ParsedResult,
  sentence: Sentence,
  /** The rest of the paragraph, where the length or place is often stated. */
  next: string,
  item: AgentItem,
  options: TextMeetingOptions & { refDay: Day },
  /** A time stated apart from the day ("Date: Tuesday, 10/30/01 Time: 1:00 p.m."). */
  separateTime?: chrono.ParsedResult,
): TextMeeting | 'unresolved' | undefined {
  const clause = clauseAround(sentence, result.index, result.text.length);
  if (negativeCue.test(clause) || pastCue.test(clause)) return undefined;
  const s = result.start;
  const timed = separateTime ?? result;
  const t = timed.start;
  const day = hasDay(result)
    ? { year: s.get('year') ?? 0, month: s.get('month') ?? 0, day: s.get('day') ?? 0 }
    : ordinalDay(sentence.text, options.refDay);
  if (!day || !t.isCertain('hour')) return 'unresolved';
  const zoned = t.isCertain('timezoneOffset') ? t : s;
  const offset = zoned.isCertain('timezoneOffset') ? zoned.get('timezoneOffset') : null;
  const start = toInstant(wallOf(t, day, options.meetingHours), offset, options.timeZone);
  const ahead = start.getTime() - options.now.getTime();
  if (ahead <= 0 || ahead > 366 * 86_400_000) return undefined;

  const window = `${sentence.text} ${next}`;
  const statedMinutes =
    statedSpanMinutes(start, timed.end, day, offset, options) ??
    durationFromText(window.replace(result.text, ' ').replace(timed.text, ' '));
  return {
    start,
    end: new Date(start.getTime() + (statedMinutes ?? options.defaultMinutes) * 60_000),
    statedMinutes,
    location: locationFromText(window, item.links),
    kind: meetingKind(sentence.text),
    statedZone:
      offset === null
        ? undefined
        : (/\b[A-Z]{2,5}\b(?=[^A-Z]*$)/.exec(zoned === t ? timed.text : result.text)?.[0] ?? 'a stated zone'),
  };
}

/**
 * The next date in the sentence when it is only a time of day and this one
 * only a day: "Date: Tuesday, 10/30/01 Time: 1:00 p.m.", "on August 21, at
 * CA ISO in Folsom, room 101A from 10:00 a.m. to 4:00 p.m.".
 */
function timeAfter(
  candidate: chrono.ParsedResult | undefined,
  result: chrono.ParsedResult,
  sentence: Sentence,
): chrono.ParsedResult | undefined {
  if (!candidate || result.start.isCertain('hour')) return undefined;
  const c = candidate.start;
  if (!c.isCertain('hour') || c.isCertain('day') || c.isCertain('weekday')) return undefined;
  const gap = candidate.index - (result.index + result.text.length);
  if (gap < 0 || gap > 120 || candidate.index >= sentence.end) return undefined;
  return candidate;
}

function proposingSentences(sentences: Sentence[], subject: string): Set<Sentence> {
  const subjectAsks =
    (meetingCue.test(subject) || availabilityCue.test(subject)) && !reportSubject.test(subject);
  const out = new Set<Sentence>();
  sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const previous = sentences[i - 1]?.text ?? '';
    // "at our office" or "for an hour" make a bare "how about tomorrow 10:30" a meeting.
    const meetingy =
      meetingCue.test(text) ||
      availabilityCue.test(text) ||
      durationFromText(text) !== undefined ||
      locationFromText(text) !== undefined ||
      subjectAsks ||
      (meetingCue.test(previous) && proposalCue.test(previous));
    const asks = proposalCue.test(text) || availabilityCue.test(text);
    // An announcement must name the meeting itself: a "Date:" line under a subject with "call" in it
    // is a feed item's timestamp, not a call being set up.
    const announces = announcementCue.test(text) && (meetingCue.test(text) || meetingCue.test(previous));
    const proposes = asks || announces;
    // A past word elsewhere in the sentence ("Per our call this morning, the review will be
    // Tuesday at 3") does not make its date past: meetingFrom checks the date's own clause.
    if (meetingy && proposes) out.add(sentence);
  });
  return out;
}

export function findTextMeetings(item: AgentItem, options: TextMeetingOptions): TextMeetingScan {
  const text = cleanMailText(item.bodyText);
  const subject = item.subject.replace(/^(?:\s*(?:re|fwd?|aw|sv|wg)\s*:\s*)+/i, '');
  const sentences = sentencesOf(text);
  const proposing = proposingSentences(sentences, subject);
  // Most mail proposes nothing: skip chrono, the costly part, for it.
  if (proposing.size === 0) return { meetings: [], unresolved: false };
  const reference = {
    instant: options.reference,
    timezone: offsetMinutesAt(options.reference, options.timeZone),
  };
  const results = chrono.casual.parse(text, reference, { forwardDate: true });
  const scanOptions = { ...options, refDay: localDateOfInstant(options.reference, options.timeZone) };
  const meetings: TextMeeting[] = [];
  const dated = new Set<Sentence>();
  let unresolved = false;

  const timesUsed = new Set<chrono.ParsedResult>();
  for (const [position, result] of results.entries()) {
    // "for an hour" reads to chrono as "an hour from now".
    if (/^(?:for|within|in)\b/i.test(result.text) || timesUsed.has(result)) continue;
    const index = sentences.findIndex((s) => result.index >= s.start && result.index < s.end);
    const sentence = sentences[index];
    if (!sentence || !proposing.has(sentence)) continue;
    dated.add(sentence);
    const separateTime = timeAfter(results[position + 1], result, sentence);
    if (separateTime) timesUsed.add(separateTime);
    const found = meetingFrom(
      result,
      sentence,
      paragraphAfter(text, sentence),
      item,
      scanOptions,
      separateTime,
    );
    if (found === 'unresolved') unresolved = true;
    else if (found && !meetings.some((m) => m.start.getTime() === found.start.getTime()))
      meetings.push(found);
  }
  // "Can we have a call about the budget?" asks to meet without any date chrono could read.
  for (const sentence of proposing) {
    if (!dated.has(sentence) && meetingCue.test(sentence.text) && sentence.text.includes('?'))
      unresolved = true;
  }
  return { meetings, unresolved: unresolved && meetings.length === 0 };
}
