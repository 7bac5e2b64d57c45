import { describe, expect, it } from 'vitest';
import { makeContext, makeEventItem } from '../../../test/helpers/agent-items.js';
import type { ForecastData } from '../../domain/items/normalised-item.js';
import { WeatherAgent } from './weather-agent.js';

type Hour = ForecastData['hours'][number];
/** Wednesday 10 June 2026, 07:00 BST. */
const now = new Date('2026-06-10T06:00:00Z');

/** 48 mild, dry hours from local midnight (BST), with `change` applied per local hour of the 10th. */
function forecast(change: (localHour: number) => Partial<Hour> = () => ({}), receivedAt = now) {
  const hours: Hour[] = [];
  for (let i = 0; i < 48; i += 1) {
    const start = new Date(Date.parse('2026-06-09T23:00:00Z') + i * 3_600_000);
    const base: Hour = { time: start.toISOString(), temperatureC: 10, precipitationMm: 0, windKph: 10 };
    hours.push({ ...base, ...(i < 24 ? change(i) : {}) });
  }
  return makeEventItem({
    kind: 'forecast',
    startAt: null,
    endAt: null,
    receivedAt,
    data: { hours, place: 'London' },
  });
}

/** An event on the 10th from `from` to `to` local (BST = UTC+1). */
function event(subject: string, from: number, to: number, extra: Parameters<typeof makeEventItem>[0] = {}) {
  const at = (h: number) => new Date(Date.UTC(2026, 5, 10, h - 1, 0));
  return makeEventItem({ subject, startAt: at(from), endAt: at(to), ...extra });
}

const rainFrom14 = (h: number): Partial<Hour> => ({
  temperatureC: 8 + Math.min(4, Math.max(0, h - 8)),
  precipitationMm: h >= 14 ? 3 : 0,
});

describe('WeatherAgent', () => {
  it('returns empty output and says so when no forecast is stored', async () => {
    const result = await new WeatherAgent().run(makeContext({ now }));
    expect(result.output.byHour.size).toBe(0);
    expect(result.output.byEvent.size).toBe(0);
    expect(result.output.headline).toEqual([]);
    expect(result.mode).toBe('heuristic');
    expect(result.notes).toContain('no forecast stored');
    expect(result.proposals).toEqual([]);
  });

  it('marks rainy hours with local-offset keys and writes a headline', async () => {
    const result = await new WeatherAgent().run(makeContext({ now, forecasts: [forecast(rainFrom14)] }));
    expect(result.output.byHour.get('2026-06-10T14:00:00+01:00')).toBe('Rain 3 mm/h');
    expect(result.output.byHour.has('2026-06-10T13:00:00+01:00')).toBe(false);
    expect(result.output.headline).toEqual(['Rain from 14:00, 8-12°C']);
  });

  it('notes rain during an outdoor event but not during an indoor one', async () => {
    const run = event('Team run in the park', 15, 16);
    const meeting = event('Budget review', 15, 16, { location: 'Room 4' });
    const morningPicnic = event('Picnic', 10, 11);
    const result = await new WeatherAgent().run(
      makeContext({ now, forecasts: [forecast(rainFrom14)], calendar: [run, meeting, morningPicnic] }),
    );
    expect(result.output.byEvent.get(run.id)).toBe('Rain expected (3 mm/h) during Team run in the park');
    expect(result.output.byEvent.has(meeting.id)).toBe(false);
    expect(result.output.byEvent.has(morningPicnic.id)).toBe(false);
  });

  it('recognises outdoor events by location and travel by title, including the way there', async () => {
    const windy = (h: number): Partial<Hour> => (h === 17 ? { windKph: 55 } : {});
    const bbq = event('Friday drinks', 17, 19, { location: 'Rooftop terrace' });
    const train = event('Train to Leeds', 18, 20);
    const dryRun = event('Dry run of the demo', 17, 18);
    const driveDoc = event('Tidy Google Drive folders', 17, 18);
    const result = await new WeatherAgent().run(
      makeContext({ now, forecasts: [forecast(windy)], calendar: [bbq, train, dryRun, driveDoc] }),
    );
    expect(result.output.byEvent.get(bbq.id)).toBe('Strong wind expected (55 km/h) during Friday drinks');
    expect(result.output.byEvent.get(train.id)).toBe(
      'Strong wind expected (55 km/h) around Train to Leeds: allow extra time',
    );
    expect(result.output.byEvent.has(dryRun.id)).toBe(false);
    expect(result.output.byEvent.has(driveDoc.id)).toBe(false);
  });

  it('skips cancelled events', async () => {
    const hike = event('Hike', 14, 17, { data: { status: 'cancelled' } });
    const result = await new WeatherAgent().run(
      makeContext({ now, forecasts: [forecast(rainFrom14)], calendar: [hike] }),
    );
    expect(result.output.byEvent.size).toBe(0);
  });

  it('names several conditions in one note and orders them by disruption', async () => {
    const hot = (h: number): Partial<Hour> =>
      h >= 12 && h < 16 ? { temperatureC: 32, ...(h === 15 ? { code: 95, precipitationMm: 6 } : {}) } : {};
    const football = event('5-a-side football', 14, 16);
    const result = await new WeatherAgent().run(
      makeContext({ now, forecasts: [forecast(hot)], calendar: [football] }),
    );
    expect(result.output.byEvent.get(football.id)).toBe(
      'Thunderstorms expected, rain (6 mm/h) and heat (32°C) during 5-a-side football',
    );
    expect(result.output.byHour.get('2026-06-10T12:00:00+01:00')).toBe('Heat 32°C');
    expect(result.output.byHour.get('2026-06-10T15:00:00+01:00')).toBe(
      'Thunderstorms, rain 6 mm/h, heat 32°C',
    );
    expect(result.output.headline[0]).toBe('Thunderstorms 15:00-16:00, 10-32°C');
    expect(result.output.headline).toContain('Rain 15:00-16:00');
    expect(result.output.headline).toContain('Heat 12:00-16:00 (up to 32°C)');
  });

  it('describes frost in the morning and dry days', async () => {
    const frosty = (h: number): Partial<Hour> => ({ temperatureC: h < 9 ? -3 : 4 });
    const frost = await new WeatherAgent().run(makeContext({ now, forecasts: [forecast(frosty)] }));
    expect(frost.output.headline).toEqual(['Frost until 09:00 (down to -3°C), -3 to 4°C']);
    const dry = await new WeatherAgent().run(makeContext({ now, forecasts: [forecast()] }));
    expect(dry.output.headline).toEqual(['Dry, 10°C']);
    expect(dry.output.byHour.size).toBe(0);
  });

  it('starts the headline at now when the day is under way', async () => {
    const rainyMorning = (h: number): Partial<Hour> => (h >= 8 && h < 12 ? { precipitationMm: 2 } : {});
    const afternoon = new Date('2026-06-10T12:30:00Z'); // 13:30 BST
    const result = await new WeatherAgent().run(
      makeContext({ now: afternoon, forecasts: [forecast(rainyMorning)] }),
    );
    expect(result.output.headline).toEqual(['Dry, 10°C']);
  });

  it('lets the newest fetch win for an hour and drops unreadable hours', async () => {
    const old = forecast(() => ({ precipitationMm: 5 }), new Date('2026-06-09T06:00:00Z'));
    const fresh = forecast(() => ({}), now);
    const broken = makeEventItem({
      kind: 'forecast',
      data: {
        place: 'London',
        hours: [{ time: 'yesterday', temperatureC: 1, precipitationMm: 0, windKph: 0 }],
      },
    });
    const result = await new WeatherAgent().run(makeContext({ now, forecasts: [fresh, broken, old] }));
    expect(result.output.byHour.size).toBe(0);
    expect(result.notes).toContain('1 forecast entries unreadable, skipped');
  });

  it('reads forecast times without an offset as UTC', async () => {
    const item = makeEventItem({
      kind: 'forecast',
      data: {
        place: 'London',
        hours: [{ time: '2026-06-10T13:00', temperatureC: 12, precipitationMm: 4, windKph: 5 }],
      },
    });
    const result = await new WeatherAgent().run(makeContext({ now, forecasts: [item] }));
    expect([...result.output.byHour.keys()]).toEqual(['2026-06-10T14:00:00+01:00']);
  });
});

describe('WeatherAgent with all-day events', () => {
  it('checks daylight hours of an all-day outdoor event stored at UTC midnight', async () => {
    const rainyNoon = (h: number): Partial<Hour> => (h === 12 ? { precipitationMm: 2.5 } : {});
    const festival = makeEventItem({
      subject: 'Music festival',
      allDay: true,
      startAt: new Date('2026-06-10T00:00:00Z'),
      endAt: new Date('2026-06-11T00:00:00Z'),
    });
    const result = await new WeatherAgent().run(
      makeContext({ now, forecasts: [forecast(rainyNoon)], calendar: [festival] }),
    );
    expect(result.output.byEvent.get(festival.id)).toBe('Rain expected (2.5 mm/h) during Music festival');
  });
});
