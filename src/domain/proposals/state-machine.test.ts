import { describe, expect, it } from 'vitest';
import {
  canTransition,
  IllegalTransitionError,
  nextStatus,
  type ProposalEvent,
  type ProposalStatus,
  proposalEvents,
  proposalStatuses,
} from './state-machine.js';

// The whole table, written out by hand so a change to the machine must change this test.
const legal: Array<[ProposalStatus, ProposalEvent, ProposalStatus]> = [
  ['pending', 'approve', 'approved'],
  ['pending', 'reject', 'rejected'],
  ['pending', 'edit', 'pending'],
  ['pending', 'expire', 'expired'],
  ['approved', 'start_execution', 'executing'],
  ['executing', 'succeed', 'executed'],
  ['executing', 'fail', 'failed'],
  ['failed', 'retry', 'executing'],
];

describe('proposal state machine', () => {
  it.each(legal)('%s --%s--> %s', (from, event, to) => {
    expect(canTransition(from, event)).toBe(true);
    expect(nextStatus(from, event)).toBe(to);
  });

  const illegal = proposalStatuses.flatMap((from) =>
    proposalEvents
      .filter((event) => !legal.some(([f, e]) => f === from && e === event))
      .map((event) => [from, event] as const),
  );

  it('has 48 illegal pairs besides the 8 legal ones', () => {
    expect(illegal.length + legal.length).toBe(proposalStatuses.length * proposalEvents.length);
    expect(illegal).toHaveLength(48);
  });

  it.each(illegal)('refuses %s --%s--> with a typed error', (from, event) => {
    expect(canTransition(from, event)).toBe(false);
    try {
      nextStatus(from, event);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect((error as IllegalTransitionError).code).toBe('ILLEGAL_TRANSITION');
      expect((error as IllegalTransitionError).from).toBe(from);
    }
  });

  it('never leaves a terminal status', () => {
    for (const status of ['executed', 'rejected', 'expired'] as const) {
      expect(proposalEvents.filter((e) => canTransition(status, e))).toEqual([]);
    }
  });
});
