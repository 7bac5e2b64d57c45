import { describe, expect, it } from 'vitest';
import { loadMailFixture, makeContext } from '../../../test/helpers/agent-items.js';
import { makeFakeLlm } from '../../../test/helpers/fake-llm-client.js';
import { TriageAgent } from './triage-agent.js';

// The agent with the real aiTriage: only the LlmClient is faked (it answers in the
// triage batch format for every message ref it is shown).
describe('TriageAgent with the real aiTriage and a fake model', () => {
  it('sends only the uncertain mail, fenced, and merges the answers', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const fyi = await loadMailFixture('cc-fyi.eml');
    const newsletter = await loadMailFixture('newsletter.eml');
    const llm = makeFakeLlm((request) => ({
      items: [...request.user.matchAll(/^\[(m\d+)\]/gm)].map(([, id]) => ({
        id,
        category: 'work',
        importance: 5,
        needs_reply: true,
        action_type: 'reply',
        due: '2026-03-06',
        reason: 'the model says so',
      })),
    }));
    const result = await new TriageAgent().run(makeContext({ items: [quote, fyi, newsletter], llm }));

    expect(llm.requests).toHaveLength(1);
    const user = llm.requests[0]!.user;
    expect(user).toContain('<untrusted-');
    expect(user).not.toContain('TypeScript Weekly');
    expect(result.mode).toBe('llm');
    expect(result.usage.llmCalls).toBe(1);
    for (const item of [quote, fyi]) {
      expect(result.output.get(item.id)).toMatchObject({
        importance: 5,
        needsReply: true,
        reasons: ['the model says so'],
        // A bare date means the end of the user's working day, in their zone.
        dueAt: new Date('2026-03-06T17:00:00Z'),
      });
    }
    expect(result.output.get(newsletter.id)?.category).toBe('newsletter');
  });

  it('keeps the rules when the model answers garbage', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const llm = makeFakeLlm(() => ({ items: [{ id: 'm1', category: 'urgent!!' }] }));
    const result = await new TriageAgent().run(makeContext({ items: [quote], llm }));
    expect(result.mode).toBe('fallback');
    expect(result.output.get(quote.id)).toMatchObject({ category: 'work', certain: false });
    expect(result.notes.some((n) => n.includes('AI answer invalid'))).toBe(true);
  });
});
