/**
 * Turns stored forecast items into one sorted list of hours. Forecast rows are
 * JSON written by the weather sync, so they are checked here: a bad hour is
 * dropped, not trusted.
 */
import { z } from 'zod';
import type { AgentItem } from '../agent-item.js';

const HOUR_MS = 3_600_000;

const forecastHourSchema = z.object({
  time: z.string(),
  temperatureC: z.number().finite(),
  precipitationMm: z.number().finite().min(0),
  windKph: z.number().finite().min(0),
  code: z.number().int().optional(),
});

const forecastDataSchema = z.object({
  hours: z.array(z.unknown()),
  place: z.string().default(''),
});

export interface ForecastHour {
  /** Start of the hour, epoch ms. */
  start: number;
  temperatureC: number;
  precipitationMm: number;
  windKph: number;
  code: number | undefined;
}

export interface ForecastHours {
  hours: ForecastHour[];
  place: string;
  /** Hours that could not be read (bad JSON shape or time). */
  rejected: number;
}

/** An ISO time without offset is read as UTC (what the weather sync stores by default). */
function parseHourStart(time: string): number | undefined {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(time);
  const ms = Date.parse(hasZone ? time : `${time}Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** Merges every forecast item; for an hour given twice, the newest fetch wins. */
export function forecastHours(forecasts: AgentItem[]): ForecastHours {
  const byStart = new Map<number, ForecastHour>();
  let place = '';
  let rejected = 0;
  const oldestFirst = [...forecasts]
    .filter((item) => item.kind === 'forecast')
    .sort((a, b) => (a.receivedAt?.getTime() ?? 0) - (b.receivedAt?.getTime() ?? 0));
  for (const item of oldestFirst) {
    const data = forecastDataSchema.safeParse(item.data);
    if (!data.success) {
      rejected += 1;
      continue;
    }
    place = data.data.place || place;
    for (const raw of data.data.hours) {
      const hour = forecastHourSchema.safeParse(raw);
      const start = hour.success ? parseHourStart(hour.data.time) : undefined;
      if (!hour.success || start === undefined) {
        rejected += 1;
        continue;
      }
      byStart.set(start, {
        start,
        temperatureC: hour.data.temperatureC,
        precipitationMm: hour.data.precipitationMm,
        windKph: hour.data.windKph,
        code: hour.data.code,
      });
    }
  }
  const hours = [...byStart.values()].sort((a, b) => a.start - b.start);
  return { hours, place, rejected };
}

/** Hours overlapping [from, to). */
export function hoursBetween(hours: ForecastHour[], from: number, to: number): ForecastHour[] {
  return hours.filter((h) => h.start < to && h.start + HOUR_MS > from);
}
