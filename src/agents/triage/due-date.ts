/**
 * Finds a deadline in mail text: "by Friday 5pm", "due 3 March", "before EOD".
 * Only dates that follow a deadline word count, so a meeting time or the date
 * a newsletter mentions is not a due date. chrono runs only on sentences that
 * contain such a word (it is the expensive part), relative to when the mail
 * was received, in the user's time zone.
 */
import * as chrono from 'chrono-node';
import { localPartsOf, offsetMinutesAt, wallTimeToInstant } from '../../domain/time/local-time.js';

export interface DueDateReference {
  /** When the mail arrived: "tomorrow" means the day after this. */
  instant: Date;
  /** The user's IANA zone: a time without a zone is wall-clock time there. */
  timezone: string;
  /** "HH:MM": what "by Friday" or "EOD" means when no hour is given. */
  workdayEnd: string;
}

export interface DueDate {
  dueAt: Date;
  /** The date text as written ("Friday 5pm"), for the reason line. */
  phrase: string;
}

const deadlineWord =
  /\b(?:due|by|deadline|before|until|till|no later than|expires?|expiring|expiry|latest|within|eod|cob|eow|end of (?:the )?(?:day|week|business))\b/gi;
const quickDeadlineTest = new RegExp(deadlineWord.source, 'i');
// chrono does not know these; they become a plain time or weekday it does know.
const endOfDay = /\b(?:eod|cob|end of (?:the )?(?:business )?day|close of business)\b/gi;
const endOfWeek = /\b(?:eow|end of (?:the )?week)\b/gi;
const sentenceBreak = /\n+|(?<=[.!?])(?<!\b[ap]\.m\.)\s+(?=[A-Z])/;
/** How far (characters) a date may sit after its deadline word: "by next Friday at the latest" */
const maxGap = 24;

function parserFor(timezone: string): chrono.Chrono {
  // Month/day order follows the user: 12/04 is December 4th in New York, 12 April in London.
  return timezone.startsWith('America/') ? chrono.casual : chrono.en.GB;
}

// "by", "before", "until" are everywhere ("sent by Grace"): the date must follow right after them.
const tightWord = /^(?:by|before|until|till|within|latest)$/i;
const tightGap = /^[\s,]*(?:(?:on|at|the|this|next|end of)\s*)?$/i;

function hasDeadlineWordBefore(sentence: string, dateIndex: number): boolean {
  for (const match of sentence.matchAll(deadlineWord)) {
    const end = match.index + match[0].length;
    if (end <= dateIndex && dateIndex - end <= maxGap) {
      if (!tightWord.test(match[0]) || tightGap.test(sentence.slice(end, dateIndex))) return true;
    }
    if (/^(?:due|deadline)$/i.test(match[0]) && match.index > dateIndex) return true; // "Friday is the deadline"
  }
  return false;
}

function toInstant(result: chrono.ParsedResult, ref: DueDateReference): Date {
  const start = result.start;
  if (start.isCertain('timezoneOffset')) return start.date();
  const [endHour, endMinute] = ref.workdayEnd.split(':').map(Number);
  const hasTime = start.isCertain('hour');
  // chrono works with one fixed offset, wrong across a DST change: rebuild from the wall-clock fields.
  return wallTimeToInstant(
    {
      year: start.get('year') ?? localPartsOf(ref.instant, ref.timezone).year,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      hour: hasTime ? (start.get('hour') ?? 0) : (endHour ?? 17),
      minute: hasTime ? (start.get('minute') ?? 0) : (endMinute ?? 0),
    },
    ref.timezone,
  );
}

/** Says whether the text has a deadline word at all: callers skip chrono when not. */
export function mentionsDeadline(text: string): boolean {
  return quickDeadlineTest.test(text);
}

/** The earliest deadline in the text, or undefined. */
export function extractDueDate(text: string, ref: DueDateReference): DueDate | undefined {
  if (!quickDeadlineTest.test(text)) return undefined;
  const parser = parserFor(ref.timezone);
  const reference = { instant: ref.instant, timezone: offsetMinutesAt(ref.instant, ref.timezone) };
  const endOfDayText = ref.workdayEnd;
  let best: DueDate | undefined;
  for (const raw of text.split(sentenceBreak)) {
    if (raw.length > 400 || !quickDeadlineTest.test(raw)) continue;
    const sentence = raw.replaceAll(endOfDay, endOfDayText).replaceAll(endOfWeek, `Friday ${endOfDayText}`);
    for (const result of parser.parse(sentence, reference, { forwardDate: true })) {
      const s = result.start;
      const specific =
        s.isCertain('day') ||
        s.isCertain('weekday') ||
        s.isCertain('hour') ||
        s.tags().has('result/relativeDate');
      if (!specific || !hasDeadlineWordBefore(sentence, result.index)) continue;
      const dueAt = toInstant(result, ref);
      if (!best || dueAt < best.dueAt) best = { dueAt, phrase: result.text };
      break; // the first date after a deadline word is the deadline of that sentence
    }
  }
  return best;
}
