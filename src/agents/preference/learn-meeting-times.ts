/**
 * Meeting length and hours from the meetings the user approved. Approved
 * signals carry the payload as approved (after any edit), so edits need not be
 * counted again.
 */
import type { UserPreferences } from '../preferences.js';
import {
  MEETING_HOURS_SHARE,
  MEETING_MIN_SIGNALS,
  MEETING_ROUND_MINUTES,
  MEETING_WINDOW,
} from './preference-rules.js';
import type { SignalFacts } from './signal-facts.js';

const MEETING_KIND = 'create_calendar_event';
const MIN_MINUTES = 15;
const MAX_MINUTES = 480;

function approvedMeetings(signals: SignalFacts[]): SignalFacts[] {
  return signals.filter((s) => s.signal === 'approved' && s.kind === MEETING_KIND).slice(0, MEETING_WINDOW);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function learnMeetingMinutes(signals: SignalFacts[]): { value: number; from: number } | undefined {
  const durations = approvedMeetings(signals)
    .map((s) => s.durationMinutes)
    .filter((d): d is number => d !== undefined && d >= 5 && d <= MAX_MINUTES);
  if (durations.length < MEETING_MIN_SIGNALS) return undefined;
  const rounded = Math.round(median(durations) / MEETING_ROUND_MINUTES) * MEETING_ROUND_MINUTES;
  return { value: Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, rounded)), from: durations.length };
}

/** The narrowest [first, last + 1] hour range holding most approved start hours. */
export function learnMeetingHours(
  signals: SignalFacts[],
): { value: UserPreferences['meetingHours']; from: number } | undefined {
  const hours = approvedMeetings(signals)
    .map((s) => s.startHour)
    .filter((h): h is number => h !== undefined)
    .sort((a, b) => a - b);
  if (hours.length < MEETING_MIN_SIGNALS) return undefined;
  const need = Math.ceil(hours.length * MEETING_HOURS_SHARE);
  let best: [number, number] | undefined;
  for (let i = 0; i + need <= hours.length; i += 1) {
    const range: [number, number] = [hours[i]!, hours[i + need - 1]!];
    if (!best || range[1] - range[0] < best[1] - best[0]) best = range;
  }
  if (!best) return undefined;
  return { value: [best[0], best[1] + 1], from: hours.length };
}
