import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem, makeEventItem } from '../../../test/helpers/agent-items.js';
import { proposalPayloadSchemas } from '../../domain/proposals/payloads.js';
import { projectRoot } from '../../paths.js';
import type { AgentItem } from '../agent-item.js';
import { EventAgent } from './event-agent.js';

const uid = '7kq2c9v4rr1s0a8b3e5d6f7g8h@google.com';
const calendarAccountId = '00000000-0000-4000-8000-00000000ca1e';

function ics(name: string): string {
  return readFileSync(join(projectRoot, 'test/fixtures/event', `${name}.ics`), 'utf8');
}

function invite(name: string, overrides: Partial<AgentItem> = {}): AgentItem {
  return makeEmailItem({
    subject: 'Invitation: Compiler roadmap review @ Tue 10 Mar 2026 10am - 11am (EDT)',
    bodyText: 'Compiler roadmap review\nTuesday Mar 10, 2026 ⋅ 10am – 11am\nEastern Time - New York',
    calendarPart: ics(name),
    ...overrides,
  });
}

/** The review as it sits in Ada's calendar after she accepted the first invitation. */
function storedReview(overrides: Partial<AgentItem> = {}): AgentItem {
  return makeEventItem({
    externalId: 'gcal-evt-41',
    subject: 'Compiler roadmap review',
    startAt: new Date('2026-03-10T14:00:00Z'),
    endAt: new Date('2026-03-10T15:00:00Z'),
    location: 'Harbor Room, 4th floor, 200 Fifth Ave',
    data: { icalUid: uid, sequence: 0, status: 'confirmed' },
    ...overrides,
  });
}

function expectValidPayloads(proposals: Array<{ kind: string; payload: unknown }>) {
  for (const p of proposals) {
    const schema = proposalPayloadSchemas[p.kind as keyof typeof proposalPayloadSchemas];
    const parsed = schema.safeParse(p.payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  }
}

describe('EventAgent invitations', () => {
  it('proposes a new event for a REQUEST, at the right instant in the invitation zone', async () => {
    const item = invite('request-new');
    const result = await new EventAgent().run(makeContext({ items: [item], calendarAccountId }));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    expect(proposal?.kind).toBe('create_calendar_event');
    if (proposal?.kind !== 'create_calendar_event') return;
    expect(proposal.payload).toMatchObject({
      accountId: calendarAccountId,
      title: 'Compiler roadmap review',
      start: '2026-03-10T10:00:00-04:00',
      end: '2026-03-10T11:00:00-04:00',
      timezone: 'America/New_York',
      allDay: false,
      location: 'Harbor Room, 4th floor, 200 Fifth Ave',
      icalUid: uid,
      conflicts: [],
    });
    // Ada herself is not an attendee of her own copy; the organizer and the other guest are.
    expect(proposal.payload.attendees).toEqual(['grace@example.com', 'alan@example.net']);
    expect(proposal.payload.description).toContain('Invitation from Grace Hopper <grace@example.com>.');
    expect(proposal.discriminator).toBe(uid);
    expect(proposal.itemId).toBe(item.id);
    // The card shows Ada's own clock (London is still on GMT while New York is on EDT).
    expect(proposal.title).toBe('Add to calendar: Compiler roadmap review, Tue 10 Mar 14:00-15:00');
    expect(result.output.detected.get(item.id)).toEqual({ source: 'invitation', method: 'REQUEST' });
    expect(result.mode).toBe('heuristic');
    expectValidPayloads(result.proposals);
  });

  it('proposes an update with before and only the changed fields when a known UID moves', async () => {
    const item = invite('request-moved');
    const result = await new EventAgent().run(makeContext({ items: [item], calendar: [storedReview()] }));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    expect(proposal?.kind).toBe('update_calendar_event');
    if (proposal?.kind !== 'update_calendar_event') return;
    expect(proposal.payload.eventId).toBe('gcal-evt-41');
    expect(proposal.payload.timezone).toBe('America/New_York');
    expect(proposal.payload.before).toEqual({
      title: 'Compiler roadmap review',
      start: '2026-03-10T10:00:00-04:00',
      end: '2026-03-10T11:00:00-04:00',
      location: 'Harbor Room, 4th floor, 200 Fifth Ave',
    });
    expect(proposal.payload.changes).toEqual({
      start: '2026-03-11T14:00:00-04:00',
      end: '2026-03-11T15:00:00-04:00',
      location: 'Lighthouse Room, 6th floor, 200 Fifth Ave',
    });
    expect(proposal.title).toBe(
      'Update Compiler roadmap review: moved to Wed 11 Mar 18:00-19:00, location now Lighthouse Room, 6th floor, 200 Fifth Ave',
    );
    expectValidPayloads(result.proposals);
  });

  it('proposes nothing when a known UID arrives unchanged, or older than the stored copy', async () => {
    const unchanged = await new EventAgent().run(
      makeContext({ items: [invite('request-new')], calendar: [storedReview()] }),
    );
    expect(unchanged.proposals).toEqual([]);
    expect(unchanged.output.detected.size).toBe(1);
    const stale = await new EventAgent().run(
      makeContext({
        items: [invite('request-moved')],
        calendar: [storedReview({ data: { icalUid: uid, sequence: 3 } })],
      }),
    );
    expect(stale.proposals).toEqual([]);
  });

  it('proposes a delete for a CANCEL of a known event, naming the organizer', async () => {
    const item = invite('cancel', { subject: 'Cancelled event: Compiler roadmap review' });
    const result = await new EventAgent().run(makeContext({ items: [item], calendar: [storedReview()] }));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    expect(proposal?.kind).toBe('delete_calendar_event');
    if (proposal?.kind !== 'delete_calendar_event') return;
    expect(proposal.payload).toEqual({
      eventId: 'gcal-evt-41',
      title: 'Compiler roadmap review',
      start: '2026-03-10T10:00:00-04:00',
      reason: 'Cancelled by Grace Hopper',
    });
    expect(proposal.title).toBe(
      'Remove Compiler roadmap review, Tue 10 Mar 14:00-15:00: cancelled by Grace Hopper',
    );
    expect(result.output.detected.get(item.id)).toEqual({ source: 'invitation', method: 'CANCEL' });
    expectValidPayloads(result.proposals);
  });

  it('proposes nothing for a CANCEL of an event that is not in the calendar', async () => {
    const result = await new EventAgent().run(makeContext({ items: [invite('cancel')] }));
    expect(result.proposals).toEqual([]);
  });

  it('lets the newest message about a UID win when an update and its cancel arrive together', async () => {
    const update = invite('request-moved', { receivedAt: new Date('2026-03-04T10:00:00Z') });
    const cancel = invite('cancel', { receivedAt: new Date('2026-03-04T11:00:00Z') });
    const result = await new EventAgent().run(
      makeContext({ items: [cancel, update], calendar: [storedReview()] }),
    );
    expect(result.proposals.map((p) => p.kind)).toEqual(['delete_calendar_event']);
  });

  it('is not put off by a REPLY about the same UID arriving later in the batch', async () => {
    const request = invite('request-new', { receivedAt: new Date('2026-03-04T09:00:00Z') });
    const reply = invite('request-new', {
      subject: 'Accepted: Compiler roadmap review',
      calendarPart: ics('request-new').replace('METHOD:REQUEST', 'METHOD:REPLY'),
      receivedAt: new Date('2026-03-04T09:30:00Z'),
    });
    const result = await new EventAgent().run(makeContext({ items: [request, reply] }));
    expect(result.proposals.map((p) => [p.kind, p.itemId])).toEqual([['create_calendar_event', request.id]]);
    expect(result.output.detected.get(reply.id)).toEqual({ source: 'invitation', method: 'REPLY' });
  });

  it('proposes a recurring invitation once, as a series with its rule, named weekly on the card', async () => {
    const item = invite('recurring-weekly', {
      subject: 'Orbit lib check-in',
      fromAddress: 'margaret@example.net',
    });
    const result = await new EventAgent().run(makeContext({ items: [item] }));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error(`unexpected ${proposal?.kind}`);
    expect(proposal.payload.title).toBe('Orbit lib check-in');
    expect(proposal.title).toMatch(/^Add to calendar: Orbit lib check-in \(weekly, next /);
    expect(proposal.payload.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TH']);
    // Outlook's "W. Europe Standard Time": Thursday 09:00 in Berlin is 08:00Z.
    expect(new Date(proposal.payload.start).toISOString()).toBe('2026-03-05T08:00:00.000Z');
    expect(new Date(proposal.payload.end).toISOString()).toBe('2026-03-05T08:30:00.000Z');
    expect(proposal.payload.location).toBe('Microsoft Teams Meeting');
    expect(proposal.payload.attendees).toEqual(['margaret@example.net', 'katherine@example.net']);
    expect(proposal.payload.description).toContain('Repeats weekly.');
    expect(proposal.payload.description).toContain('Join: https://teams.microsoft.com/l/meetup-join/');
    expectValidPayloads(result.proposals);
  });

  it('carries the dates a series skips as EXDATE lines', async () => {
    const withExdate = ics('recurring-weekly').replace(
      /(RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TH)(\r?\n)/,
      '$1$2EXDATE;TZID="W. Europe Standard Time":20260319T090000$2',
    );
    expect(withExdate).toContain('EXDATE');
    const item = invite('recurring-weekly', { subject: 'Orbit lib check-in', calendarPart: withExdate });
    const result = await new EventAgent().run(makeContext({ items: [item] }));
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error(`unexpected ${proposal?.kind}`);
    // 19 March 09:00 in Berlin (CET) is 08:00Z.
    expect(proposal.payload.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TH',
      'EXDATE:20260319T080000Z',
    ]);
    expectValidPayloads(result.proposals);
  });

  it('keeps an all-day invitation all-day, on the right date in the user zone', async () => {
    const allDay = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Fastmail//Calendar//EN',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:offsite-2026@fastmail.example',
      'SEQUENCE:0',
      'DTSTAMP:20260304T080000Z',
      'DTSTART;VALUE=DATE:20260312',
      'DTEND;VALUE=DATE:20260313',
      'SUMMARY:Team offsite',
      'ORGANIZER;CN=Grace Hopper:mailto:grace@example.com',
      'ATTENDEE;CN=Ada Lovelace:mailto:ada@example.org',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = await new EventAgent().run(
      makeContext({
        items: [invite('request-new', { calendarPart: allDay })],
        user: { timezone: 'America/Chicago' },
      }),
    );
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error('expected a create');
    expect(proposal.payload).toMatchObject({
      allDay: true,
      start: '2026-03-12T00:00:00-05:00',
      end: '2026-03-13T00:00:00-05:00',
      timezone: 'America/Chicago',
      attendees: ['grace@example.com'],
    });
    expect(proposal.title).toBe('Add to calendar: Team offsite, Thu 12 Mar (all day)');
  });

  it('names overlapping events, skipping all-day, free and cancelled ones', async () => {
    const calendar = [
      makeEventItem({
        subject: 'Team stand-up',
        startAt: new Date('2026-03-10T14:30:00Z'),
        endAt: new Date('2026-03-10T14:45:00Z'),
      }),
      makeEventItem({
        subject: 'Offsite',
        allDay: true,
        startAt: new Date('2026-03-10T00:00:00Z'),
        endAt: new Date('2026-03-11T00:00:00Z'),
      }),
      makeEventItem({
        subject: 'Focus time',
        startAt: new Date('2026-03-10T14:00:00Z'),
        endAt: new Date('2026-03-10T16:00:00Z'),
        data: { transparency: 'transparent' },
      }),
      makeEventItem({
        subject: 'Old 1:1',
        startAt: new Date('2026-03-10T14:00:00Z'),
        endAt: new Date('2026-03-10T15:00:00Z'),
        data: { status: 'cancelled' },
      }),
      makeEventItem({
        subject: 'Lunch',
        startAt: new Date('2026-03-10T12:00:00Z'),
        endAt: new Date('2026-03-10T14:00:00Z'),
      }),
    ];
    const result = await new EventAgent().run(makeContext({ items: [invite('request-new')], calendar }));
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error('expected a create');
    expect(proposal.payload.conflicts).toEqual([
      { title: 'Team stand-up', start: '2026-03-10T14:30:00+00:00', end: '2026-03-10T14:45:00+00:00' },
    ]);
    expect(proposal.title).toBe(
      'Add to calendar: Compiler roadmap review, Tue 10 Mar 14:00-15:00; conflicts with Team stand-up 14:30-14:45',
    );
    expectValidPayloads(result.proposals);
  });

  it('proposes nothing from an invitation in a scam or prompt-injection mail, or with its kind muted', async () => {
    const item = invite('request-new');
    const verdict = {
      isScam: true,
      riskLevel: 'high' as const,
      reasons: ['lookalike domain'],
      promptInjection: false,
      score: 9,
    };
    const scam = await new EventAgent().run(
      makeContext({ items: [item], analyses: { safety: new Map([[item.id, verdict]]) } }),
    );
    expect(scam.proposals).toEqual([]);
    expect(scam.output.detected.size).toBe(0);
    const injection = { ...verdict, isScam: false, riskLevel: 'medium' as const, promptInjection: true };
    const injected = await new EventAgent().run(
      makeContext({ items: [item], analyses: { safety: new Map([[item.id, injection]]) } }),
    );
    expect(injected.proposals).toEqual([]);
    const muted = await new EventAgent().run(
      makeContext({ items: [item], preferences: { mutedKinds: ['create_calendar_event'] } }),
    );
    expect(muted.proposals).toEqual([]);
  });

  it('reports an unreadable calendar part as a note without failing the run', async () => {
    const item = invite('request-new', {
      calendarPart: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\nEND:VCALENDAR',
    });
    const result = await new EventAgent().run(makeContext({ items: [item] }));
    expect(result.proposals).toEqual([]);
    expect(result.notes.join('\n')).toMatch(/calendar/);
    expect(result.notes.join('\n')).not.toContain('garbage');
  });
});
