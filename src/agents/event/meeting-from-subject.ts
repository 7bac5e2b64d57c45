/**
 * A meeting whose time is only in the subject: "Staff meeting Tue 3/6 2:00
 * PM", "Conference call tomorrow at 10". The text scan reads the body only;
 * a subject naming the meeting and a day and an hour is a proposal too, unless
 * it reports on one ("Notes: ...", "Accepted: ...") or the body declines or
 * cancels it.
 */
import * as chrono from 'chrono-node';
import type { AgentItem } from '../agent-item.js';
import { cleanMailText } from './clean-mail-text.js';
import { localDateOfInstant, offsetMinutesAt } from './event-time.js';
import { meetingCue, negativeCue, reportSubject } from './meeting-cues.js';
import { locationFromText, meetingKind } from './meeting-details.js';
import {
  hasDay,
  statedSpanMinutes,
  type TextMeeting,
  type TextMeetingOptions,
  toInstant,
  wallOf,
} from './meeting-from-text.js';

const replyPrefix = /^(?:\s*(?:re|fwd?|aw|sv|wg)\s*:\s*)+/i;

export function findSubjectMeeting(item: AgentItem, options: TextMeetingOptions): TextMeeting | undefined {
  const subject = item.subject.replace(replyPrefix, '');
  if (!meetingCue.test(subject) || reportSubject.test(subject)) return undefined;
  if (negativeCue.test(subject) || negativeCue.test(cleanMailText(item.bodyText))) return undefined;
  const reference = {
    instant: options.reference,
    timezone: offsetMinutesAt(options.reference, options.timeZone),
  };
  const refDay = localDateOfInstant(options.reference, options.timeZone);
  for (const result of chrono.casual.parse(subject, reference, { forwardDate: true })) {
    const s = result.start;
    if (!hasDay(result) || !s.isCertain('hour')) continue;
    const day = { year: s.get('year') ?? refDay.year, month: s.get('month') ?? 0, day: s.get('day') ?? 0 };
    const offset = s.isCertain('timezoneOffset') ? s.get('timezoneOffset') : null;
    const start = toInstant(wallOf(s, day, options.meetingHours), offset, options.timeZone);
    const ahead = start.getTime() - options.now.getTime();
    if (ahead <= 0 || ahead > 366 * 86_400_000) continue;
    const statedMinutes = statedSpanMinutes(start, result.end, day, offset, options);
    return {
      start,
      end: new Date(start.getTime() + (statedMinutes ?? options.defaultMinutes) * 60_000),
      statedMinutes,
      location: locationFromText(subject, item.links),
      kind: meetingKind(subject),
      statedZone: offset === null ? undefined : 'a stated zone',
    };
  }
  return undefined;
}
