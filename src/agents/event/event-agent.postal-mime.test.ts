/**
 * A real Google Calendar invitation (postal-mime's test fixture: text/calendar
 * REQUEST in quoted-printable, Europe/Tallinn VTIMEZONE) through the mail
 * normaliser and the event agent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../test/helpers/agent-items.js';
import { proposalPayloadSchemas } from '../../domain/proposals/payloads.js';
import { projectRoot } from '../../paths.js';
import { normaliseMime } from '../../sync/mail/normalise-mime.js';
import { type AgentItem, agentItemFromNormalised } from '../agent-item.js';
import { EventAgent } from './event-agent.js';

const fixture = join(projectRoot, '..', 'shared', 'fixtures', 'mime', 'postal-mime', 'calendar-event.eml');
const present = existsSync(fixture);
if (!present) console.warn(`skipping the postal-mime invitation test: ${fixture} is absent`);

async function itemFrom(raw: Buffer): Promise<AgentItem> {
  const normalised = await normaliseMime(raw, { maxBodyChars: 100_000 });
  return agentItemFromNormalised(normalised, {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    accountId: '00000000-0000-4000-8000-000000000001',
    contentHash: 'fixture',
  });
}

/** Andris reads his mail in Tallinn ten minutes after the invitation arrived. */
function contextFor(item: AgentItem, now = new Date('2024-04-11T06:30:00Z')) {
  return makeContext({
    now,
    items: [item],
    user: { addresses: ['andris@ethereal.email'], timezone: 'Europe/Tallinn' },
  });
}

describe.skipIf(!present)('EventAgent on a real Google Calendar invitation', () => {
  it('proposes the event once, at 11:00 Tallinn time, with the organizer and the Meet link', async () => {
    const item = await itemFrom(readFileSync(fixture));
    expect(item.calendarPart).toContain('METHOD:REQUEST');
    const result = await new EventAgent().run(contextFor(item));
    // The plain-text part ("Thursday Apr 11, 2024 ⋅ 11am – 12pm") adds no second proposal.
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error(`unexpected ${proposal?.kind}`);
    expect(proposal.payload).toMatchObject({
      title: 'Test event ⏰',
      start: '2024-04-11T11:00:00+03:00',
      end: '2024-04-11T12:00:00+03:00',
      timezone: 'Europe/Tallinn',
      allDay: false,
      attendees: ['andris@postalsys.com'],
      icalUid: '1utaf3eftt1agbnisfcc3a5ps0@google.com',
      // LOCATION is empty; the Meet link is where the meeting happens.
      location: 'https://meet.google.com/yew-afgi-ynf',
    });
    expect(proposal.payload.description).toContain('Invitation from Andris Reinman <andris@postalsys.com>.');
    // The VTIMEZONE's RRULEs describe daylight saving, not a repeating event.
    expect(proposal.payload.description).not.toContain('Repeats');
    expect(proposal.title).toBe('Add to calendar: Test event ⏰, Thu 11 Apr 11:00-12:00');
    expect(proposal.discriminator).toBe('1utaf3eftt1agbnisfcc3a5ps0@google.com');
    expect(result.output.detected.get(item.id)).toEqual({ source: 'invitation', method: 'REQUEST' });
    expect(proposalPayloadSchemas.create_calendar_event.safeParse(proposal.payload).success).toBe(true);
  });

  it('proposes a weekly version of it once, as the series from its first occurrence, its next instance on the card', async () => {
    // The same mail with an RRULE added to its quoted-printable calendar part.
    const raw = readFileSync(fixture, 'latin1').replace(
      /(DTEND;TZID=3DEurope\/Tallinn:20240411T120000)(\r?\n)/,
      '$1$2RRULE:FREQ=3DWEEKLY;COUNT=3D8$2',
    );
    expect(raw).toContain('RRULE:FREQ=3DWEEKLY');
    const item = await itemFrom(Buffer.from(raw, 'latin1'));
    // A week and a day later: the first instance is over, the second is next.
    const result = await new EventAgent().run(contextFor(item, new Date('2024-04-12T10:00:00Z')));
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error(`unexpected ${proposal?.kind}`);
    expect(proposal.payload.title).toBe('Test event ⏰');
    // COUNT=8 counts from the organiser's first occurrence: starting at the next one would add a week.
    expect(proposal.payload.start).toBe('2024-04-11T11:00:00+03:00');
    expect(proposal.payload.end).toBe('2024-04-11T12:00:00+03:00');
    expect(proposal.payload.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=8']);
    expect(proposal.title).toBe('Add to calendar: Test event ⏰ (weekly, next Thu 18 Apr 11:00-12:00)');
    expect(proposal.payload.description).toContain('Repeats weekly.');
  });

  it('proposes nothing once the one-off event is over', async () => {
    const item = await itemFrom(readFileSync(fixture));
    const result = await new EventAgent().run(contextFor(item, new Date('2024-04-12T10:00:00Z')));
    expect(result.proposals).toEqual([]);
  });
});
