import { describe, expect, it } from 'vitest';
import { loadMailFixture, makeEmailItem } from '../../../test/helpers/agent-items.js';
import type { TriageResult } from '../../domain/analysis/triage.js';
import { heuristicSummary } from './heuristic-summary.js';

const triage: TriageResult = {
  category: 'work',
  importance: 4,
  needsReply: true,
  actionType: 'reply',
  dueAt: new Date('2026-03-06T17:00:00Z'),
  reasons: [],
  certain: false,
};

describe('heuristicSummary', () => {
  it('summarises the new text: the request first, no quoted thread, no signature', async () => {
    const item = await loadMailFixture('quote-request.eml');
    const summary = heuristicSummary(item, { triage, timezone: 'Europe/London' });
    expect(summary.tldr).toBe('Could you send the revised quote for 500 copies by Friday 5pm?');
    const all = [summary.tldr, ...summary.bullets].join('\n');
    expect(all).toContain('€0.42 per copy');
    expect(all).not.toMatch(/paper weight|Head of Sales|\+44|Hi Ada/);
    expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
    expect(summary.bullets.length).toBeLessThanOrEqual(5);
    expect(summary.bullets).toContain('Due Fri 6 Mar, 17:00');
  });

  it('tops a one-line mail up to three bullets with known facts', () => {
    const item = makeEmailItem({
      bodyText: 'Hi Ada,\n\nThe contract is attached for signature.\n\nThanks,\nGrace',
      attachments: [{ filename: 'contract.pdf', contentType: 'application/pdf', size: 1000 }],
    });
    const summary = heuristicSummary(item, {
      triage: { ...triage, dueAt: undefined },
      timezone: 'Europe/London',
    });
    expect(summary.tldr).toBe('The contract is attached for signature.');
    expect(summary.bullets).toEqual([
      'Waiting for your reply',
      'Attachments: contract.pdf',
      'From Grace Hopper',
    ]);
  });

  it('drops disclaimers and keeps bullets in reading order', () => {
    const item = makeEmailItem({
      bodyText: [
        'Hello Ada,',
        '',
        'I hope you are well.',
        'We finished the audit of the March accounts.',
        'Two invoices are missing, totalling £1,250.',
        'The auditors meet on 12 March.',
        'Can you find the invoices before then?',
        '',
        'This email and any attachments are confidential and intended solely for the addressee.',
      ].join('\n'),
    });
    const summary = heuristicSummary(item, { triage: undefined, timezone: 'Europe/London' });
    expect(summary.tldr).toBe('Can you find the invoices before then?');
    expect(summary.bullets).toEqual([
      'We finished the audit of the March accounts.',
      'Two invoices are missing, totalling £1,250.',
      'The auditors meet on 12 March.',
    ]);
  });
});
