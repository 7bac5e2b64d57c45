/**
 * Reads the stored forecast against the calendar: which hours are notable,
 * which outdoor or travel events they spoil, and a headline for the day.
 * Deterministic; it never proposes anything.
 */
import { formatOffsetIso, localDateOf, localDayBounds } from '../../domain/time/local-time.js';
import { type Agent, type AgentContext, type AgentResult, type AnalysisSoFar, noUsage } from '../agent.js';
import { eventWeatherNote, exposedSpan } from './event-weather-note.js';
import { forecastHours } from './forecast-hours.js';
import { hourNote } from './hour-conditions.js';
import { weatherHeadline } from './weather-headline.js';

export type WeatherAnalysis = AnalysisSoFar['weather'];

const empty = (): WeatherAnalysis => ({ byEvent: new Map(), byHour: new Map(), headline: [] });

export class WeatherAgent implements Agent<WeatherAnalysis> {
  readonly name = 'weather' as const;

  async run(context: AgentContext): Promise<AgentResult<WeatherAnalysis>> {
    const timeZone = context.user.timezone;
    const { hours, rejected } = forecastHours(context.forecasts);
    const notes: string[] = [];
    if (rejected > 0) notes.push(`${rejected} forecast entries unreadable, skipped`);
    if (hours.length === 0) {
      notes.push('no forecast stored');
      return { output: empty(), proposals: [], mode: 'heuristic', usage: noUsage, notes };
    }
    context.progress('Checking the weather');

    const today = localDateOf(context.now, timeZone);
    // Hours of days already over are of no use to anyone.
    const fromMs = localDayBounds(today, timeZone).start.getTime();
    const output = empty();
    for (const hour of hours) {
      if (hour.start < fromMs) continue;
      const note = hourNote(hour);
      if (note) output.byHour.set(formatOffsetIso(new Date(hour.start), timeZone), note);
    }
    for (const event of context.calendar) {
      const span = exposedSpan(event, timeZone);
      if (!span || span.to <= fromMs) continue;
      const note = eventWeatherNote(event, hours, timeZone);
      if (note) output.byEvent.set(event.id, note);
    }
    output.headline = weatherHeadline(hours, today, timeZone, context.now);
    if (output.headline.length === 0) notes.push(`forecast does not cover ${today}`);
    return { output, proposals: [], mode: 'heuristic', usage: noUsage, notes };
  }
}
