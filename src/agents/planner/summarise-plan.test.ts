import { describe, expect, it } from 'vitest';
import type { DailyPlanContent, PlanBlock } from '../../domain/plan.js';
import { summarisePlan } from './summarise-plan.js';

const block = (kind: PlanBlock['kind']): PlanBlock => ({
  title: 't',
  start: '2026-06-10T09:00:00+01:00',
  end: '2026-06-10T10:00:00+01:00',
  kind,
});
const must = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ itemId: `i${i}`, title: `T${i}`, why: '' }));

function planOf(overrides: Partial<DailyPlanContent>): DailyPlanContent {
  return {
    date: '2026-06-10',
    timezone: 'Europe/London',
    mustDo: [],
    blocks: [],
    weather: [],
    leftOver: [],
    ...overrides,
  };
}

describe('summarisePlan', () => {
  it('counts must-dos, events, left-overs and names the weather', () => {
    const plan = planOf({
      mustDo: must(3),
      blocks: [block('event'), block('task'), block('event'), block('reply')],
      weather: ['Rain from 14:00, 8-12°C', 'Strong wind from 16:00 (up to 50 km/h)'],
      leftOver: [{ itemId: 'x', title: 'X', reason: 'no room' }],
    });
    expect(summarisePlan(plan)).toBe('3 must-dos, 2 events, 1 left over, rain from 14:00');
  });

  it('uses singulars, says when there are no events, and keeps commas inside a phrase', () => {
    const plan = planOf({
      mustDo: must(1),
      weather: ['Thunderstorms at times (15:00-16:00, 18:00-19:00), 10-32°C'],
    });
    expect(summarisePlan(plan)).toBe(
      '1 must-do, no events, thunderstorms at times (15:00-16:00, 18:00-19:00)',
    );
  });

  it('leads with the notice on a day without tasks', () => {
    const plan = planOf({
      notice: 'Saturday is not a working day',
      blocks: [block('event')],
      leftOver: [{ itemId: 'x', title: 'X', reason: 'Saturday is not a working day' }],
      weather: ['Dry, 18-24°C'],
    });
    expect(summarisePlan(plan)).toBe('Saturday is not a working day, 1 event, dry');
  });
});
