/** One to three short lines about a day's weather: "Rain from 14:00, 8-12°C". */
import { localTimeOf, zonedTimeToInstant } from '../../domain/time/local-time.js';
import { type ForecastHour, hoursBetween } from './forecast-hours.js';
import { type Condition, conditionLabels, conditionsIn, hoursWith, measure } from './hour-conditions.js';
import { HEADLINE_FIRST_HOUR, HEADLINE_LAST_HOUR, TRACE_RAIN_MM } from './weather-thresholds.js';

const HOUR_MS = 3_600_000;
const MAX_LINES = 3;
const MAX_RUNS_LISTED = 3;

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** The waking part of the day still ahead of `now`; the rest of the day when that is over. */
function headlineWindow(date: string, timeZone: string, now: Date): { from: number; to: number } {
  const nowHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const dayStart = zonedTimeToInstant(date, '00:00', timeZone).getTime();
  const dayEnd = zonedTimeToInstant(date, '24:00', timeZone).getTime();
  const from = Math.max(zonedTimeToInstant(date, hh(HEADLINE_FIRST_HOUR), timeZone).getTime(), nowHour);
  const to = zonedTimeToInstant(date, hh(HEADLINE_LAST_HOUR), timeZone).getTime();
  if (from < to) return { from, to };
  return { from: Math.max(dayStart, nowHour), to: dayEnd };
}

/** Consecutive hours as [start, end) runs. */
function runsOf(hours: ForecastHour[]): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  for (const hour of hours) {
    const last = runs.at(-1);
    if (last && last.end === hour.start) last.end = hour.start + HOUR_MS;
    else runs.push({ start: hour.start, end: hour.start + HOUR_MS });
  }
  return runs;
}

function temperatureRange(hours: ForecastHour[]): string {
  const min = Math.round(Math.min(...hours.map((h) => h.temperatureC)));
  const max = Math.round(Math.max(...hours.map((h) => h.temperatureC)));
  if (min === max) return `${max}°C`;
  return min < 0 ? `${min} to ${max}°C` : `${min}-${max}°C`;
}

function conditionPhrase(condition: Condition, dayHours: ForecastHour[], timeZone: string): string {
  const first = dayHours[0]!.start;
  const end = dayHours.at(-1)!.start + HOUR_MS;
  const affected = hoursWith(condition, dayHours);
  const runs = runsOf(affected);
  const at = (ms: number) => localTimeOf(new Date(ms), timeZone);
  let when: string;
  if (runs.length === 1) {
    const run = runs[0]!;
    if (run.start <= first && run.end >= end) when = 'all day';
    else if (run.end >= end) when = `from ${at(run.start)}`;
    else if (run.start <= first) when = `until ${at(run.end)}`;
    else when = `${at(run.start)}-${at(run.end)}`;
  } else {
    const listed = runs.slice(0, MAX_RUNS_LISTED).map((r) => `${at(r.start)}-${at(r.end)}`);
    when = `at times (${listed.join(', ')}${runs.length > MAX_RUNS_LISTED ? ', …' : ''})`;
  }
  const value = condition === 'wind' || condition === 'heat' || condition === 'frost';
  const extreme = value
    ? ` (${condition === 'frost' ? 'down to' : 'up to'} ${measure(condition, affected)})`
    : '';
  return `${conditionLabels[condition]} ${when}${extreme}`;
}

/** Empty when the forecast does not cover the day. */
export function weatherHeadline(hours: ForecastHour[], date: string, timeZone: string, now: Date): string[] {
  const { from, to } = headlineWindow(date, timeZone, now);
  const dayHours = hoursBetween(hours, from, to);
  if (dayHours.length === 0) return [];
  const phrases = conditionsIn(dayHours).map((c) => conditionPhrase(c, dayHours, timeZone));
  const temperatures = temperatureRange(dayHours);
  if (phrases.length === 0) {
    const wet = dayHours.some((h) => h.precipitationMm >= TRACE_RAIN_MM);
    return [`${wet ? 'Light rain at times' : 'Dry'}, ${temperatures}`];
  }
  const lines = [`${phrases[0]}, ${temperatures}`, ...phrases.slice(1)];
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join('; ')];
}
