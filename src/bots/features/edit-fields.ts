/**
 * The fields a person can change on each kind of proposal, and how typed text
 * becomes a value. "." keeps the current value.
 */
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import type { ProposalKind } from '../../domain/proposals/payloads.js';
import { formatOffsetIso, localDateOf, zonedTimeToInstant } from '../../domain/time/local-time.js';

const emailAddress = z.email();

export interface EditField {
  /** Path in the payload: "subject", or "changes.start" for event updates. */
  path: string;
  label: string;
  type: 'text' | 'multiline' | 'emails' | 'datetime';
}

export const editFields: Record<ProposalKind, EditField[]> = {
  create_email_draft: [
    { path: 'to', label: 'To (comma-separated)', type: 'emails' },
    { path: 'cc', label: 'Cc (comma-separated, - for none)', type: 'emails' },
    { path: 'subject', label: 'Subject', type: 'text' },
    { path: 'body', label: 'Body (\\n for a new line)', type: 'multiline' },
  ],
  create_calendar_event: [
    { path: 'title', label: 'Title', type: 'text' },
    { path: 'start', label: 'Start (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
    { path: 'end', label: 'End (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
    { path: 'location', label: 'Location', type: 'text' },
    { path: 'attendees', label: 'Attendees (comma-separated, - for none)', type: 'emails' },
  ],
  create_reminder_event: [
    { path: 'title', label: 'Title', type: 'text' },
    { path: 'start', label: 'Start (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
    { path: 'end', label: 'End (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
  ],
  update_calendar_event: [
    { path: 'changes.title', label: 'New title', type: 'text' },
    { path: 'changes.start', label: 'New start (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
    { path: 'changes.end', label: 'New end (YYYY-MM-DD HH:MM or HH:MM)', type: 'datetime' },
    { path: 'changes.location', label: 'New location', type: 'text' },
  ],
  delete_calendar_event: [],
};

export function readPath(payload: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], payload);
}

export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (Array.isArray(value)) return value.join(', ') || '(none)';
  return String(value).replaceAll('\n', '\\n');
}

/** Turns typed text into the field's value; dates are read in the user's zone. */
export function parseFieldInput(field: EditField, text: string, current: unknown, timezone: string): unknown {
  const raw = text.trim();
  switch (field.type) {
    case 'text':
      return raw;
    case 'multiline':
      return raw.replaceAll('\\n', '\n');
    case 'emails': {
      const list =
        raw === '-'
          ? []
          : raw
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
      const bad = list.filter((a) => !emailAddress.safeParse(a).success);
      if (bad.length) {
        throw new AppError('INVALID_INPUT', `bad addresses ${bad.join(', ')}`, {
          userMessage: `Not an email address: ${bad.join(', ')}. Try again, or "." to keep.`,
        });
      }
      return list;
    }
    case 'datetime': {
      const full = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})$/.exec(raw);
      const timeOnly = /^(\d{1,2}:\d{2})$/.exec(raw);
      const baseDate =
        typeof current === 'string' && !Number.isNaN(Date.parse(current))
          ? localDateOf(new Date(current), timezone)
          : undefined;
      const date = full?.[1] ?? (timeOnly ? baseDate : undefined);
      const time = (full?.[2] ?? timeOnly?.[1])?.padStart(5, '0');
      if (!date || !time) {
        throw new AppError('INVALID_INPUT', `bad date-time ${raw}`, {
          userMessage: 'Write the time as YYYY-MM-DD HH:MM, or HH:MM to keep the day.',
        });
      }
      return formatOffsetIso(zonedTimeToInstant(date, time, timezone), timezone);
    }
  }
}

/** Builds the `changes` object editProposal expects (nested paths merged into their parent). */
export function changesFromEdits(
  payload: Record<string, unknown>,
  edits: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(edits)) {
    const [head, ...rest] = path.split('.');
    if (!head) continue;
    if (rest.length === 0) changes[head] = value;
    else {
      const parent = { ...((changes[head] ?? payload[head] ?? {}) as Record<string, unknown>) };
      parent[rest.join('.')] = value;
      changes[head] = parent;
    }
  }
  return changes;
}
