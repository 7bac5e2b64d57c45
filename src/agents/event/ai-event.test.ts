import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import { makeFakeLlm } from '../../../test/helpers/fake-llm-client.js';
import { untrustedDataRule } from '../../llm/fence-untrusted.js';
import { LlmUnavailableError } from '../../llm/llm-errors.js';
import type { AgentItem } from '../agent-item.js';
import type { AiEventAnswer } from './ai-event.js';
import { EventAgent } from './event-agent.js';

const friday = new Date('2026-03-06T10:00:00Z');
const noon = new Date('2026-03-06T12:00:00Z');

function mail(body: string, overrides: Partial<AgentItem> = {}): AgentItem {
  return makeEmailItem({ subject: 'Roadmap', bodyText: body, receivedAt: friday, ...overrides });
}

const vague = 'Could we have a call next week? Thursday afternoon after the board call would suit me best.';

function answer(overrides: Partial<AiEventAnswer> = {}): AiEventAnswer {
  return {
    proposesMeeting: true,
    title: 'Roadmap call with Grace Hopper',
    start: '2026-03-12T15:00:00+00:00',
    durationMinutes: 45,
    location: null,
    attendees: ['grace@example.com'],
    ...overrides,
  };
}

describe('EventAgent LLM path', () => {
  it('asks the model only when the heuristics saw a request they could not time, with fenced mail', async () => {
    const llm = makeFakeLlm(() => answer());
    const timed = mail('Can we meet Tuesday at 3?');
    const untimed = mail(vague);
    const result = await new EventAgent().run(makeContext({ now: noon, items: [timed, untimed], llm }));
    expect(llm.requests).toHaveLength(1);
    const request = llm.requests[0];
    expect(request?.system).toContain(untrustedDataRule);
    expect(request?.user).toMatch(/<untrusted-[0-9a-f]{8} label="body">\nCould we have a call next week\?/);
    expect(request?.user).toContain('Email arrived: 2026-03-06T10:00:00+00:00');
    expect(result.mode).toBe('llm');
    expect(result.usage).toEqual({ promptTokens: 100, completionTokens: 20, llmCalls: 1 });
    const fromModel = result.proposals.find((p) => p.itemId === untimed.id);
    expect(fromModel?.kind).toBe('create_calendar_event');
    if (fromModel?.kind !== 'create_calendar_event') return;
    expect(fromModel.payload).toMatchObject({
      title: 'Roadmap call with Grace Hopper',
      start: '2026-03-12T15:00:00+00:00',
      end: '2026-03-12T15:45:00+00:00',
      attendees: ['grace@example.com'],
    });
    expect(result.proposals.some((p) => p.itemId === timed.id)).toBe(true);
  });

  it('keeps only attendees who are on the mail and times that are ahead', async () => {
    const injected = makeFakeLlm(() => answer({ attendees: ['grace@example.com', 'mallory@evil.example'] }));
    const first = await new EventAgent().run(makeContext({ now: noon, items: [mail(vague)], llm: injected }));
    const proposal = first.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error('expected a create');
    expect(proposal.payload.attendees).toEqual(['grace@example.com']);
    const past = makeFakeLlm(() => answer({ start: '2026-03-02T15:00:00+00:00' }));
    const second = await new EventAgent().run(makeContext({ now: noon, items: [mail(vague)], llm: past }));
    expect(second.proposals).toEqual([]);
  });

  it('is asked for the one mail of a schedule_event run even when the heuristics found a time', async () => {
    const llm = makeFakeLlm(() =>
      answer({ start: '2026-03-10T15:00:00+00:00', durationMinutes: 60, location: 'Room 4' }),
    );
    const result = await new EventAgent().run(
      makeContext({ now: noon, intent: 'schedule_event', items: [mail('Can we meet Tuesday at 3?')], llm }),
    );
    expect(llm.requests).toHaveLength(1);
    expect(result.proposals).toHaveLength(1);
    const proposal = result.proposals[0];
    if (proposal?.kind !== 'create_calendar_event') throw new Error('expected a create');
    expect(proposal.payload).toMatchObject({ end: '2026-03-10T16:00:00+00:00', location: 'Room 4' });
  });

  it('falls back to the heuristics with a note when the model is unavailable or answers badly', async () => {
    const item = mail('Can we meet Tuesday at 3?');
    for (const llm of [
      makeFakeLlm(() => {
        throw new LlmUnavailableError('timeout');
      }),
      makeFakeLlm(() => ({ proposesMeeting: 'yes', start: 'Tuesday' })),
    ]) {
      const result = await new EventAgent().run(
        makeContext({ now: noon, intent: 'schedule_event', items: [item], llm }),
      );
      expect(result.mode).toBe('fallback');
      expect(result.notes).toHaveLength(1);
      expect(result.notes[0]).toMatch(/^item .+: LLM_(UNAVAILABLE|INVALID_OUTPUT), used heuristics$/);
      expect(result.proposals).toHaveLength(1);
      const proposal = result.proposals[0];
      if (proposal?.kind !== 'create_calendar_event') throw new Error('expected a create');
      expect(proposal.payload.start).toBe('2026-03-10T15:00:00+00:00');
    }
  });

  it('does not call a model whose circuit is open', async () => {
    const llm = makeFakeLlm(() => answer(), { available: false });
    const result = await new EventAgent().run(makeContext({ now: noon, items: [mail(vague)], llm }));
    expect(llm.requests).toHaveLength(0);
    expect(result.mode).toBe('heuristic');
    expect(result.proposals).toEqual([]);
  });
});
