/**
 * ICS text -> event items for [from, to), recurring events expanded. Used for
 * calendar files and for invitation parts of mail (METHOD:REQUEST / CANCEL).
 * node-ical parses (time zones, VTIMEZONE, RECURRENCE-ID grouping, RRULE via
 * rrule-temporal); expand-event.ts decides which instances exist.
 * A broken VEVENT is reported and skipped; it never costs the rest of the file.
 */
import { createHash } from 'node:crypto';
// node-ical is CommonJS and Node cannot see its named exports from ESM: use the default export.
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import type { NormalisedItem } from '../../domain/items/normalised-item.js';
import type { ImportProblem } from '../sources.js';
import { eventItem, recurrenceOf } from './event-item.js';
import { expandEvent } from './expand-event.js';
import { icsText } from './ics-values.js';
import { originalRules } from './original-rules.js';
import { pinFloatingTimes, unfoldIcs } from './pin-floating-times.js';
import { resolveTzids } from './resolve-tzids.js';
import { seriesOf } from './series-of.js';

export interface ParseIcsOptions {
  from: Date;
  to: Date;
  /** IANA zone for floating times and all-day dates: the user's zone. */
  defaultTimezone: string;
}

export interface ParsedIcs {
  method?: string;
  events: NormalisedItem[];
  problems: ImportProblem[];
}

/** A runaway rule (FREQ=MINUTELY over a month) must not flood the item store. */
export const maxInstancesPerEvent = 1000;

const veventBlock = /BEGIN:VEVENT\r?\n[\s\S]*?END:VEVENT/gi;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function uidIn(block: string): string {
  return /^UID:(.*)$/im.exec(block)?.[1]?.trim() ?? 'without UID';
}

/** node-ical throws for the whole file on one bad VEVENT: find the bad ones and parse the rest. */
function parseIsolatingBadEvents(text: string, problems: ImportProblem[]): CalendarResponse {
  try {
    return ical.sync.parseICS(text);
  } catch (wholeFileError) {
    const blocks = text.match(veventBlock) ?? [];
    const header = text.slice(0, text.search(/BEGIN:VEVENT/i));
    if (blocks.length === 0 || header.length === 0) {
      problems.push({ position: 'calendar', reason: `unreadable iCalendar: ${message(wholeFileError)}` });
      return {};
    }
    let kept = text;
    blocks.forEach((block, index) => {
      try {
        ical.sync.parseICS(`${header}${block}\r\nEND:VCALENDAR\r\n`);
      } catch (error) {
        problems.push({ position: `VEVENT ${index + 1} (UID ${uidIn(block)})`, reason: message(error) });
        kept = kept.replace(block, '');
      }
    });
    try {
      return ical.sync.parseICS(kept);
    } catch (error) {
      problems.push({ position: 'calendar', reason: `unreadable iCalendar: ${message(error)}` });
      return {};
    }
  }
}

function syntheticUid(event: VEvent): string {
  const seed = `${icsText(event.summary) ?? ''}\u0000${event.start?.toISOString?.() ?? ''}`;
  return `${createHash('sha256').update(seed).digest('hex').slice(0, 24)}@ics.invalid`;
}

export function parseIcs(text: string, opts: ParseIcsOptions): ParsedIcs {
  const problems: ImportProblem[] = [];
  if (!/BEGIN:VCALENDAR/i.test(text)) {
    return {
      events: [],
      problems: [{ position: 'calendar', reason: 'no BEGIN:VCALENDAR: not an iCalendar file' }],
    };
  }
  const unfolded = unfoldIcs(text);
  const rules = originalRules(unfolded);
  const resolved = resolveTzids(unfolded, opts.defaultTimezone);
  problems.push(...resolved.problems);
  const parsed = parseIsolatingBadEvents(pinFloatingTimes(resolved.text, opts.defaultTimezone), problems);
  const method = icsText(parsed.vcalendar?.method)?.trim().toUpperCase() || undefined;
  const events: NormalisedItem[] = [];

  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT') continue;
    const master = component as VEvent;
    const uid = icsText(master.uid)?.trim() || syntheticUid(master);
    if (!(master.start instanceof Date) || Number.isNaN(master.start.getTime())) {
      problems.push({ position: `VEVENT ${uid}`, reason: 'no valid DTSTART' });
      continue;
    }
    try {
      const { instances, truncated } = expandEvent(master, {
        from: opts.from,
        to: opts.to,
        defaultTimezone: opts.defaultTimezone,
        maxInstances: maxInstancesPerEvent,
      });
      if (truncated) {
        problems.push({
          position: `VEVENT ${uid}`,
          reason: `more than ${maxInstancesPerEvent} instances in range; kept the first ${maxInstancesPerEvent}`,
        });
      }
      const recurrence = rules.get(uid) ?? recurrenceOf(master);
      const context = {
        uid,
        method,
        timezone: master.start.tz ?? opts.defaultTimezone,
        recurrence,
        series: recurrence ? seriesOf(master, opts.defaultTimezone) : undefined,
      };
      for (const instance of instances) events.push(eventItem(master, instance, context));
    } catch (error) {
      problems.push({
        position: `VEVENT ${uid}`,
        reason: `recurrence could not be expanded: ${message(error)}`,
      });
    }
  }
  events.sort((a, b) => (a.startAt?.getTime() ?? 0) - (b.startAt?.getTime() ?? 0));
  return { ...(method ? { method } : {}), events, problems };
}
