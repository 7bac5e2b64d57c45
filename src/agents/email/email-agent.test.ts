import { describe, expect, it } from 'vitest';
import {
  type ContextOverrides,
  loadMailFixture,
  makeContext,
  makeEmailItem,
} from '../../../test/helpers/agent-items.js';
import { makeFakeLlm } from '../../../test/helpers/fake-llm-client.js';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import { createEmailDraftPayload, type ProposalDraft } from '../../domain/proposals/payloads.js';
import { untrustedDataRule } from '../../llm/fence-untrusted.js';
import { LlmUnavailableError } from '../../llm/llm-errors.js';
import type { AgentItem } from '../agent-item.js';
import { TriageAgent } from '../triage/triage-agent.js';
import { EmailAgent } from './email-agent.js';

const fixtures = [
  'quote-request.eml',
  'newsletter.eml',
  'invitation.eml',
  'order-shipped.eml',
  'invoice.eml',
  'cc-fyi.eml',
  'github-notification.eml',
  'flight-booking.eml',
  'linkedin-connect.eml',
];

async function loadAll(): Promise<Map<string, AgentItem>> {
  const items = new Map<string, AgentItem>();
  for (const file of fixtures) items.set(file, await loadMailFixture(file));
  return items;
}

/** Triage then the email agent, as the orchestrator runs them. */
async function runBoth(items: AgentItem[], overrides: ContextOverrides = {}) {
  const base = makeContext({ items, knownContacts: new Set(['grace@example.com']), ...overrides });
  const triage = await new TriageAgent().run({ ...base, llm: undefined });
  const context = { ...base, analyses: { ...base.analyses, triage: triage.output } };
  return { triage: triage.output, result: await new EmailAgent().run(context) };
}

function draftOf(proposal: ProposalDraft | undefined) {
  if (proposal?.kind !== 'create_email_draft') throw new Error('expected an email draft');
  return { ...proposal, payload: createEmailDraftPayload.parse(proposal.payload) };
}

const scam: SafetyVerdict = {
  isScam: true,
  riskLevel: 'high',
  reasons: ['x'],
  promptInjection: false,
  score: 0.9,
};
const injection: SafetyVerdict = {
  isScam: false,
  riskLevel: 'high',
  reasons: ['tries to instruct the assistant'],
  promptInjection: true,
  score: 0.7,
};

describe('EmailAgent without a model', () => {
  it('summarises important mail only and drafts a reply only where one is needed', async () => {
    const items = await loadAll();
    const { result } = await runBoth([...items.values()]);
    const summarised = [...items].filter(([, item]) => result.output.has(item.id)).map(([file]) => file);
    expect(summarised.sort()).toEqual([
      'flight-booking.eml',
      'invitation.eml',
      'invoice.eml',
      'quote-request.eml',
    ]);
    expect(result.proposals.map((p) => p.itemId)).toEqual([items.get('quote-request.eml')!.id]);
    expect(result.mode).toBe('heuristic');
  });

  it('builds the reply headers, the acknowledgement and the quoted thread', async () => {
    const item = await loadMailFixture('quote-request.eml');
    const { result } = await runBoth([item]);
    const draft = draftOf(result.proposals[0]);
    expect(draft.title).toBe('Reply to Grace Hopper: Re: Quote for the spring catalogue');
    expect(draft.itemId).toBe(item.id);
    expect(draft.payload).toMatchObject({
      accountId: item.accountId,
      to: ['grace.hopper@sales.example.com'],
      cc: ['charles@example.com'],
      subject: 'Re: Quote for the spring catalogue',
      inReplyTo: '<CAF3q9+grace.0304@mail.example.com>',
      references: [
        '<grace.0301@mail.example.com>',
        '<ada.0303.1@example.org>',
        '<CAF3q9+grace.0304@mail.example.com>',
      ],
      threadId: 'grace.0301@mail.example.com',
    });
    expect(draft.payload.body).toBe(
      [
        'Hello,',
        '',
        "Thanks for your message. I'll send it over by Friday 6 March.",
        '',
        'Best regards,',
        'Ada Lovelace',
        '',
        'On Wed, 4 Mar 2026 at 09:30, Grace Hopper <grace@example.com> wrote:',
        '> Hi Ada,',
        '>',
        '> Thanks for the draft. Jürgen from our print shop in München says the paper we picked costs €0.42 per copy.',
        '>',
        '> Could you send the revised quote for 500 copies by Friday 5pm?',
        '> We need it for the board on Monday.',
        '',
      ].join('\n'),
    );
  });

  it('applies tone and sign-off, and keeps mail text out of everything above the quote', async () => {
    const item = await loadMailFixture('quote-request.eml');
    const { result } = await runBoth([item], {
      preferences: { tone: 'friendly', signOff: 'Cheers,\nAda x' },
      user: { timezone: 'America/New_York' },
    });
    const body = draftOf(result.proposals[0]).payload.body;
    const [own] = body.split('\nOn Wed, 4 Mar 2026 at 04:30, Grace Hopper <grace@example.com> wrote:\n');
    expect(own).toBe(
      "Hi,\n\nThanks for your note! I'll get that over to you by Friday 6 March.\n\nCheers,\nAda x\n",
    );
    for (const word of ['quote', 'Jürgen', '500', 'catalogue', 'Grace', 'board'])
      expect(own).not.toContain(word);
  });

  it('makes no draft for scams, prompt injections, newsletters or Cc-only FYIs', async () => {
    const items = await loadAll();
    const quote = items.get('quote-request.eml')!;
    for (const verdict of [scam, injection]) {
      const { result } = await runBoth([quote], {
        analyses: { safety: new Map([[quote.id, verdict]]) },
      });
      expect(result.proposals).toEqual([]);
    }
    const { result } = await runBoth([items.get('newsletter.eml')!, items.get('cc-fyi.eml')!]);
    expect(result.proposals).toEqual([]);
    expect(result.output.size).toBe(0);
  });

  it('carries a medium safety risk onto the draft', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const medium: SafetyVerdict = {
      ...scam,
      isScam: false,
      riskLevel: 'medium',
      reasons: ['Reply-To differs'],
    };
    const { result } = await runBoth([quote], { analyses: { safety: new Map([[quote.id, medium]]) } });
    expect(result.proposals[0]).toMatchObject({ riskLevel: 'medium', riskReasons: ['Reply-To differs'] });
  });

  it.each([
    [{ mutedSenders: ['@example.com'] }, 'sender is muted'],
    [{ mutedSenders: ['GRACE@example.com'] }, 'sender is muted'],
    [{ mutedCategories: ['work'] }, 'category work is muted'],
    [{ mutedKinds: ['create_email_draft'] }, 'proposal kind create_email_draft is muted'],
  ])('makes no proposal when muted: %o', async (preferences, why) => {
    const quote = await loadMailFixture('quote-request.eml');
    const { result } = await runBoth([quote], { preferences });
    expect(result.proposals).toEqual([]);
    expect(result.notes).toEqual([`no draft for item ${quote.id}: ${why}`]);
    expect(result.output.has(quote.id)).toBe(true);
  });

  it('drafts on request (draft_reply) even for mail that needs no reply', async () => {
    const fyi = await loadMailFixture('cc-fyi.eml');
    const { result } = await runBoth([fyi], { intent: 'draft_reply' });
    const draft = draftOf(result.proposals[0]);
    expect(draft.payload.to).toEqual(['bob@acme.example']);
    expect(draft.payload.cc).toEqual(['product@acme.example']);
  });

  it('skips mail the assistant wrote and mail from the user', async () => {
    const own = makeEmailItem({ headers: { 'x-ops-center': '1' }, bodyText: 'Could you reply?' });
    const mine = makeEmailItem({ fromAddress: 'ada@example.org', bodyText: 'Could you reply?' });
    const { result } = await runBoth([own, mine], { intent: 'draft_reply' });
    expect(result.proposals).toEqual([]);
  });
});

describe('EmailAgent with a model', () => {
  const llmReply = 'Hi Grace,\n\nThe revised quote is on its way; you will have it before Friday 5pm.';

  it('asks for fenced summaries and drafts in one batch and uses the answers', async () => {
    const items = await loadAll();
    const llm = makeFakeLlm((request) => {
      const refs = [...request.user.matchAll(/^ref (m\d+); wanted: ([a-z ]+);/gm)];
      return {
        messages: refs.map(([, ref, wanted]) => ({
          ref,
          tldr: `Summary of ${ref}.`,
          bullets: ['First fact.', 'Second fact.', 'Third fact.'],
          draft: wanted?.includes('draft') ? llmReply : null,
        })),
      };
    });
    const { result } = await runBoth([...items.values()], { llm });

    expect(llm.requests).toHaveLength(1);
    const request = llm.requests[0]!;
    expect(request.agent).toBe('email');
    expect(request.system).toContain(untrustedDataRule);
    // Mail text only inside the fences.
    const outside = request.user.replaceAll(/<untrusted-[0-9a-f]+[\s\S]*?<\/untrusted-[0-9a-f]+>/g, '');
    expect(outside).not.toMatch(/Jürgen|revised quote|Grace/);
    expect(request.user).toContain('Jürgen');

    expect(result.mode).toBe('llm');
    expect(result.usage).toEqual({ promptTokens: 100, completionTokens: 20, llmCalls: 1 });
    const quote = items.get('quote-request.eml')!;
    expect(result.output.get(quote.id)?.bullets).toEqual(['First fact.', 'Second fact.', 'Third fact.']);
    const body = draftOf(result.proposals[0]).payload.body;
    expect(body.startsWith(`${llmReply}\n\nBest regards,\nAda Lovelace\n\nOn Wed, 4 Mar 2026 at 09:30`)).toBe(
      true,
    );
  });

  it('falls back per mail when an answer is missing or invalid', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const invoice = await loadMailFixture('invoice.eml');
    const llm = makeFakeLlm(() => ({
      messages: [{ ref: 'm1', tldr: 'Grace needs a quote.', bullets: ['Quote by Friday.'], draft: 'ok' }],
    }));
    const { result } = await runBoth([quote, invoice], { llm });
    expect(result.mode).toBe('fallback');
    expect(result.output.get(quote.id)?.tldr).toBe('Grace needs a quote.');
    expect(result.output.get(invoice.id)?.tldr).toBe('Payment due 10 March 2026.');
    // "ok" is too short to be a draft: the rule-based one is used.
    expect(draftOf(result.proposals[0]).payload.body).toMatch(/^Hello,\n\nThanks for your message/);
    expect(result.notes).toEqual(['2 AI answers missing or invalid: rule-based text used for those']);
  });

  it('falls back to the rules when the model is unavailable', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const llm = makeFakeLlm(() => {
      throw new LlmUnavailableError('timeout', {
        usage: { promptTokens: 50, completionTokens: 0, calls: 1, latencyMs: 30_000 },
      });
    });
    const { result } = await runBoth([quote], { llm });
    expect(result.mode).toBe('fallback');
    expect(result.usage.llmCalls).toBe(1);
    expect(result.output.get(quote.id)?.tldr).toBe(
      'Could you send the revised quote for 500 copies by Friday 5pm?',
    );
    expect(result.proposals).toHaveLength(1);
    expect(result.notes[0]).toMatch(/^AI email LLM_UNAVAILABLE for 1 mails/);
  });

  it('never shows a mail that tries to instruct the assistant to the model', async () => {
    const quote = await loadMailFixture('quote-request.eml');
    const llm = makeFakeLlm(() => ({ messages: [] }));
    const { result } = await runBoth([quote], {
      llm,
      analyses: { safety: new Map([[quote.id, injection]]) },
    });
    expect(llm.requests).toHaveLength(0);
    expect(result.output.has(quote.id)).toBe(true);
    expect(result.proposals).toEqual([]);
  });
});
