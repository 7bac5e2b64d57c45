/** One line for a plan: "3 must-dos, 2 events, rain from 14:00". */
import type { DailyPlanContent } from '../../domain/plan.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarisePlan(plan: DailyPlanContent): string {
  const events = plan.blocks.filter((b) => b.kind === 'event').length;
  const parts: string[] = [];
  if (plan.notice) parts.push(plan.notice);
  else parts.push(count(plan.mustDo.length, 'must-do'));
  parts.push(events === 0 ? 'no events' : count(events, 'event'));
  if (!plan.notice && plan.leftOver.length > 0) parts.push(`${plan.leftOver.length} left over`);
  // The headline's first line ends with the temperature range; the condition is what matters here.
  const weather = plan.weather[0]?.replace(/, [^,]*°C$/, '').trim();
  if (weather) parts.push(weather.charAt(0).toLowerCase() + weather.slice(1));
  return parts.join(', ');
}
