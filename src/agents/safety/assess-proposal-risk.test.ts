import { describe, expect, it } from 'vitest';
import { makeEmailItem, testAccountId, testUserAddress } from '../../../test/helpers/agent-items.js';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import type { ProposalDraft } from '../../domain/proposals/payloads.js';
import { assessProposalRisk } from './assess-proposal-risk.js';

const item = makeEmailItem({
  fromAddress: 'grace@example.com',
  replyTo: 'grace.hopper@example.com',
  toAddresses: [testUserAddress],
  ccAddresses: ['sam@example.com'],
});

function draftTo(to: string[], cc: string[] = []): ProposalDraft {
  return {
    kind: 'create_email_draft',
    title: 'Reply',
    itemId: item.id,
    payload: { accountId: testAccountId, to, cc, subject: 'Re: Hello', body: 'Thanks!' },
  };
}

const clean: SafetyVerdict = {
  isScam: false,
  riskLevel: 'low',
  reasons: [],
  promptInjection: false,
  score: 0,
};
const userAddresses = [testUserAddress];

describe('assessProposalRisk', () => {
  it('rates a reply to people already in the thread low', () => {
    const risk = assessProposalRisk(draftTo(['Grace <grace@example.com>'], ['sam@example.com']), {
      item,
      verdict: clean,
      userAddresses,
    });
    expect(risk).toEqual({ riskLevel: 'low', reasons: [] });
  });

  it('rates a draft to someone outside the thread high and names them', () => {
    const risk = assessProposalRisk(draftTo(['grace@example.com', 'attacker@evil.example']), {
      item,
      verdict: clean,
      userAddresses,
    });
    expect(risk.riskLevel).toBe('high');
    expect(risk.reasons).toEqual(['The draft would go to attacker@evil.example, who is not in this thread']);
  });

  it('rates any proposal acting on a flagged item high', () => {
    const event: ProposalDraft = {
      kind: 'create_reminder_event',
      title: 'Pay invoice',
      itemId: item.id,
      payload: {
        title: 'Pay invoice',
        start: '2026-03-05T10:00:00+00:00',
        end: '2026-03-05T10:15:00+00:00',
        timezone: 'UTC',
      },
    };
    const scam = assessProposalRisk(event, {
      item,
      verdict: { ...clean, isScam: true, riskLevel: 'high' },
      userAddresses,
    });
    expect(scam.riskLevel).toBe('high');
    const injected = assessProposalRisk(event, {
      item,
      verdict: { ...clean, promptInjection: true, riskLevel: 'high' },
      userAddresses,
    });
    expect(injected).toEqual({
      riskLevel: 'high',
      reasons: ['It acts on a mail that tries to give the assistant instructions'],
    });
  });

  it('rates a proposal on a suspicious (medium) mail medium', () => {
    const risk = assessProposalRisk(draftTo(['grace@example.com']), {
      item,
      verdict: { ...clean, riskLevel: 'medium', score: 0.6 },
      userAddresses,
    });
    expect(risk.riskLevel).toBe('medium');
  });
});
