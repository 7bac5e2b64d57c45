/** Which notable conditions one forecast hour (or a span of hours) has, and how to say them. */
import type { ForecastHour } from './forecast-hours.js';
import {
  FROST_C,
  HEAT_C,
  RAIN_MM_PER_HOUR,
  SNOW_CODES,
  STRONG_WIND_KPH,
  THUNDERSTORM_CODES,
} from './weather-thresholds.js';

export type Condition = 'storm' | 'snow' | 'rain' | 'wind' | 'heat' | 'frost';

/** Most disruptive first: the order conditions are mentioned in. */
export const conditionOrder: readonly Condition[] = ['storm', 'snow', 'rain', 'wind', 'heat', 'frost'];

function isSnow(hour: ForecastHour): boolean {
  return hour.code !== undefined && SNOW_CODES.has(hour.code);
}

export function conditionsOf(hour: ForecastHour): Condition[] {
  const found: Condition[] = [];
  if (hour.code !== undefined && THUNDERSTORM_CODES.has(hour.code)) found.push('storm');
  if (isSnow(hour) && hour.precipitationMm > 0) found.push('snow');
  else if (hour.precipitationMm >= RAIN_MM_PER_HOUR) found.push('rain');
  if (hour.windKph >= STRONG_WIND_KPH) found.push('wind');
  if (hour.temperatureC >= HEAT_C) found.push('heat');
  if (hour.temperatureC <= FROST_C) found.push('frost');
  return found;
}

const round = (n: number): number => Math.round(n);
const roundMm = (n: number): string => (n >= 10 ? String(round(n)) : String(Math.round(n * 10) / 10));

/** The extreme value behind a condition over some hours, with its unit ("" for thunderstorms). */
export function measure(condition: Condition, hours: ForecastHour[]): string {
  const max = (pick: (h: ForecastHour) => number) => Math.max(...hours.map(pick));
  const min = (pick: (h: ForecastHour) => number) => Math.min(...hours.map(pick));
  switch (condition) {
    case 'storm':
      return '';
    case 'snow':
    case 'rain':
      return `${roundMm(max((h) => h.precipitationMm))} mm/h`;
    case 'wind':
      return `${round(max((h) => h.windKph))} km/h`;
    case 'heat':
      return `${round(max((h) => h.temperatureC))}°C`;
    case 'frost':
      return `${round(min((h) => h.temperatureC))}°C`;
  }
}

export const conditionLabels: Record<Condition, string> = {
  storm: 'Thunderstorms',
  snow: 'Snow',
  rain: 'Rain',
  wind: 'Strong wind',
  heat: 'Heat',
  frost: 'Frost',
};

/** "Rain 3 mm/h" for one condition over the hours that have it. */
export function describeCondition(condition: Condition, hours: ForecastHour[]): string {
  const value = measure(condition, hoursWith(condition, hours));
  return value ? `${conditionLabels[condition]} ${value}` : conditionLabels[condition];
}

export function hoursWith(condition: Condition, hours: ForecastHour[]): ForecastHour[] {
  return hours.filter((h) => conditionsOf(h).includes(condition));
}

/** Every condition present in `hours`, most disruptive first. */
export function conditionsIn(hours: ForecastHour[]): Condition[] {
  const present = new Set(hours.flatMap(conditionsOf));
  return conditionOrder.filter((c) => present.has(c));
}

/** The note for one hour: "Rain 3 mm/h, Strong wind 45 km/h"; undefined when unremarkable. */
export function hourNote(hour: ForecastHour): string | undefined {
  const conditions = conditionsOf(hour);
  if (conditions.length === 0) return undefined;
  return joinPhrases(conditions.map((c) => describeCondition(c, [hour])));
}

/** "Rain 3 mm/h, strong wind 45 km/h": one sentence, so only the first phrase keeps its capital. */
export function joinPhrases(phrases: string[]): string {
  return phrases.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(', ');
}
