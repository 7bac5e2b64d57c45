import { describe, expect, it } from 'vitest';
import { makeContext, makeEmailItem } from '../../../test/helpers/agent-items.js';
import type { SafetyVerdict } from '../../domain/analysis/safety.js';
import type { AgentContext } from '../agent.js';
import type { AgentItem } from '../agent-item.js';
import { heuristicTriage } from './heuristic-triage.js';
import { triageInputFrom } from './triage-agent.js';

function triage(item: AgentItem, context: AgentContext = makeContext()) {
  const result = heuristicTriage(item, triageInputFrom(context));
  if (!result) throw new Error('expected a triage result');
  return result;
}

const bulk = {
  'list-unsubscribe': '<https://news.example.net/u/123>',
  'list-id': 'Weekly <weekly.example.net>',
};

describe('heuristicTriage categories', () => {
  it('files a List-Unsubscribe newsletter as a certain, unimportant newsletter even if it asks questions', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'editor@typescript-weekly.example.net',
        fromName: 'TypeScript Weekly',
        subject: 'TypeScript Weekly #412: the new checker',
        bodyText: 'Can you believe it? This week in TypeScript...\n\nUnsubscribe here.',
        headers: bulk,
      }),
    );
    expect(result).toMatchObject({ category: 'newsletter', certain: true, needsReply: false, importance: 1 });
    expect(result.actionType).toBe('read');
    expect(result.reasons[0]).toBe('bulk mail (List-Unsubscribe)');
  });

  it('files a no-reply service message as a notification', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'notifications@github.com',
        fromName: 'GitHub',
        subject: '[acme/api] Run failed: CI - main (4f2a1c9)',
        bodyText: 'Run failed for main. View the workflow run for details.',
        headers: { 'list-id': 'acme/api <api.acme.github.com>', 'auto-submitted': 'auto-generated' },
      }),
    );
    expect(result).toMatchObject({ category: 'notification', certain: true, needsReply: false });
    expect(result.importance).toBeLessThanOrEqual(2);
  });

  it('rates a security notice above other notifications', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'no-reply@accounts.google.com',
        subject: 'Security alert: new sign-in on Linux',
        bodyText: 'A new sign-in to your account was detected.',
      }),
    );
    expect(result).toMatchObject({ category: 'notification', importance: 3, actionType: 'review' });
  });

  it('files a calendar invitation as a meeting to schedule, with no reply needed', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'grace@example.com',
        subject: 'Invitation: Catalogue review @ Thu 5 Mar 2026 10:00 - 11:00 (GMT)',
        bodyText: 'You have been invited to the following event. Are you coming?',
        calendarPart: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR',
      }),
    );
    expect(result).toMatchObject({
      category: 'meeting',
      certain: true,
      needsReply: false,
      actionType: 'schedule',
    });
  });

  it('files an order confirmation from a shop as a certain receipt with no due date', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'auto-confirm@amazon.co.uk',
        fromName: 'Amazon.co.uk',
        subject: 'Your Amazon.co.uk order #204-5550123-1234567',
        bodyText: 'Thanks for your order. Arriving by Friday 6 March. Order total: £23.99',
      }),
    );
    expect(result).toMatchObject({
      category: 'shopping_receipt',
      certain: true,
      importance: 2,
      actionType: 'none',
    });
    expect(result.dueAt).toBeUndefined();
  });

  it('keeps a shop marketing mail a newsletter even though it mentions orders', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'store-news@amazon.co.uk',
        subject: 'Spring sale: 40% off garden furniture',
        bodyText: 'Order now and track your order in the app.',
        headers: bulk,
      }),
    );
    expect(result.category).toBe('newsletter');
  });

  it('files a booking confirmation as travel', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'noreply@booking.com',
        subject: 'Booking confirmation: Hotel Adlon Kempinski, Berlin',
        bodyText: 'Your booking is confirmed. Check-in: Thursday 12 March from 15:00.',
      }),
    );
    expect(result).toMatchObject({ category: 'travel', certain: true, actionType: 'review' });
  });

  it('files an invoice with an amount due as a bill to pay, with its due date', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'billing-noreply@hosting.example.net',
        subject: 'Invoice INV-1042: amount due £120.00',
        bodyText: 'Your invoice INV-1042 is attached. Amount due: £120.00. Payment due 10 March.',
      }),
    );
    expect(result).toMatchObject({ category: 'bill_finance', certain: true, actionType: 'pay' });
    expect(result.dueAt?.toISOString()).toBe('2026-03-10T17:00:00.000Z');
    expect(result.reasons).toContain('due Tue 10 Mar, 17:00');
  });

  it('leaves an invoice sent by a person uncertain', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'sam@freelance.example',
        subject: 'Invoice for February',
        bodyText: 'Hi Ada, please find my invoice for February attached. Could you confirm you received it?',
      }),
    );
    expect(result).toMatchObject({ category: 'bill_finance', certain: false, needsReply: true });
  });

  it('files social network mail as social', () => {
    const result = triage(
      makeEmailItem({
        fromAddress: 'invitations@linkedin.com',
        subject: 'Grace Hopper wants to connect',
        bodyText: 'Grace Hopper wants to connect with you. Can you accept?',
      }),
    );
    expect(result).toMatchObject({ category: 'social', certain: true, needsReply: false, importance: 1 });
  });

  it('files a scam flagged by the safety agent as spam_scam', () => {
    const item = makeEmailItem({
      subject: 'Urgent: verify your account',
      bodyText: 'Can you send your password?',
    });
    const verdict: SafetyVerdict = {
      isScam: true,
      riskLevel: 'high',
      reasons: ['asks for credentials'],
      promptInjection: false,
      score: 0.95,
    };
    const result = triage(item, makeContext({ analyses: { safety: new Map([[item.id, verdict]]) } }));
    expect(result).toMatchObject({ category: 'spam_scam', importance: 1, needsReply: false, certain: true });
  });

  it('tells work from personal mail between people, and leaves both uncertain', () => {
    const work = triage(
      makeEmailItem({
        fromAddress: 'bob@acme.example',
        subject: 'Q1 report',
        bodyText: 'Hi Ada,\n\nCould you review the attached report by Friday?\n\nBob',
      }),
    );
    expect(work).toMatchObject({ category: 'work', certain: false, needsReply: true, actionType: 'reply' });
    const personal = triage(
      makeEmailItem({
        fromAddress: 'mary.lovelace@gmail.com',
        subject: 'Sunday',
        bodyText: 'Hi love,\n\nAre you coming for dinner on Sunday?\n\nMum',
      }),
    );
    expect(personal).toMatchObject({ category: 'personal', certain: false, needsReply: true });
  });

  it('calls mail from a colleague at the same company work', () => {
    const context = makeContext({ user: { addresses: ['ada@analytical.example'] } });
    const result = triage(
      makeEmailItem({
        fromAddress: 'charles@analytical.example',
        toAddresses: ['ada@analytical.example'],
        subject: 'Saturday',
        bodyText: 'Are you around on Saturday?',
      }),
      context,
    );
    expect(result.category).toBe('work');
  });

  it('calls a person asking for a call a meeting', () => {
    const result = triage(
      makeEmailItem({
        subject: 'Quick call about the catalogue?',
        bodyText: 'Hi Ada,\n\nAre you free for a call on Thursday afternoon?\n\nGrace',
      }),
    );
    expect(result).toMatchObject({ category: 'meeting', needsReply: true, certain: false });
    expect(result.dueAt).toBeUndefined();
  });
});

describe('heuristicTriage needs reply and importance', () => {
  it('takes a question as for the reader when the user has no known address, not when it is sent to someone else', () => {
    const ask = {
      fromAddress: 'kim.ward@enron.example',
      toAddresses: ['someone.else@enron.example'],
      subject: 'Gas forecast',
      bodyText: 'Could you send me the updated forecast by Friday?',
    };
    const unknown = makeContext({ user: { addresses: [] } });
    expect(triage(makeEmailItem(ask), unknown)).toMatchObject({ needsReply: true });
    expect(triage(makeEmailItem(ask))).toMatchObject({ needsReply: false });
  });

  const question = {
    subject: 'Quote for the spring catalogue',
    bodyText:
      'Hi Ada,\n\nWe are planning the spring catalogue.\n\nCould you send me a quote for 500 copies?\n\nGrace',
  };

  it('needs a reply for a direct question and not for the same mail where the user is only in Cc', () => {
    const direct = triage(makeEmailItem(question));
    const cc = triage(
      makeEmailItem({
        ...question,
        bodyText: question.bodyText.replace('Hi Ada', 'Hi Charles'),
        toAddresses: ['charles@example.com'],
        ccAddresses: ['ada@example.org'],
      }),
    );
    expect(direct.needsReply).toBe(true);
    expect(direct.reasons).toContain('asks you a question');
    expect(cc.needsReply).toBe(false);
    expect(cc.reasons).toContain('you are only in Cc');
    expect(cc.importance).toBeLessThan(direct.importance);
  });

  it('needs a reply from a Cc recipient the sender names', () => {
    const result = triage(
      makeEmailItem({
        toAddresses: ['charles@example.com'],
        ccAddresses: ['ada@example.org'],
        bodyText: 'Charles, Ada,\n\nWhat do you both think of the new layout?',
      }),
    );
    expect(result.needsReply).toBe(true);
  });

  it('does not need a reply for an FYI without a question', () => {
    const result = triage(makeEmailItem({ bodyText: 'FYI, the printer has shipped the proofs.\n\nGrace' }));
    expect(result.needsReply).toBe(false);
  });

  it('ignores questions that are only in the quoted thread', () => {
    const result = triage(
      makeEmailItem({
        subject: 'Re: Samples',
        bodyText:
          'Thanks, received.\n\nOn Tue, 3 Mar 2026 at 10:00, Ada Lovelace <ada@example.org> wrote:\n> Could you send the samples by Friday?\n',
      }),
    );
    expect(result.needsReply).toBe(false);
    expect(result.dueAt).toBeUndefined();
  });

  it('rates a known contact higher and says why', () => {
    const unknown = triage(makeEmailItem(question));
    const known = triage(
      makeEmailItem(question),
      makeContext({ knownContacts: new Set(['grace@example.com']) }),
    );
    expect(known.importance).toBe(unknown.importance + 1);
    expect(known.reasons).toContain('direct mail from a known contact');
    expect(unknown.reasons).toContain('from a sender you have not written to');
  });

  it('never says the user must answer their own mail', () => {
    const result = triage(
      makeEmailItem({ ...question, fromAddress: 'Ada@Example.org', toAddresses: ['grace@example.com'] }),
    );
    expect(result.needsReply).toBe(false);
    expect(result.actionType).not.toBe('reply');
  });

  it('raises importance for an urgent mail due within two days', () => {
    const cc = { toAddresses: ['charles@example.com'], ccAddresses: ['ada@example.org'] };
    const calm = triage(
      makeEmailItem({ ...cc, bodyText: 'Could you look at the layout when you have time?' }),
    );
    const urgent = triage(
      makeEmailItem({
        ...cc,
        subject: 'Urgent: layout',
        bodyText: 'Could you look at the layout by tomorrow noon?',
      }),
    );
    expect(urgent.importance).toBe(calm.importance + 2);
    expect(urgent.reasons).toContain('marked urgent');
    expect(urgent.dueAt?.toISOString()).toBe('2026-03-05T12:00:00.000Z');
  });

  it('skips events and mail the assistant wrote', () => {
    const input = triageInputFrom(makeContext());
    expect(heuristicTriage(makeEmailItem({ headers: { 'x-ops-center': 'draft' } }), input)).toBeUndefined();
    expect(heuristicTriage(makeEmailItem({ kind: 'event' }), input)).toBeUndefined();
  });
});
