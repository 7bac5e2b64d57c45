import { AppError } from '../errors.js';

export const proposalStatuses = [
  'pending',
  'approved',
  'executing',
  'executed',
  'failed',
  'rejected',
  'expired',
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/**
 * Every way a proposal may change, and from where. `retry` is the new approval
 * a failed proposal needs (the Retry button): failed never runs again by itself.
 */
export const proposalTransitions = {
  approve: { from: ['pending'], to: 'approved' },
  start_execution: { from: ['approved'], to: 'executing' },
  retry: { from: ['failed'], to: 'executing' },
  succeed: { from: ['executing'], to: 'executed' },
  fail: { from: ['executing'], to: 'failed' },
  reject: { from: ['pending'], to: 'rejected' },
  edit: { from: ['pending'], to: 'pending' },
  expire: { from: ['pending'], to: 'expired' },
} as const satisfies Record<string, { from: readonly ProposalStatus[]; to: ProposalStatus }>;

export type ProposalEvent = keyof typeof proposalTransitions;
export const proposalEvents = Object.keys(proposalTransitions) as ProposalEvent[];

export const terminalStatuses: readonly ProposalStatus[] = ['executed', 'rejected', 'expired'];

export function canTransition(from: ProposalStatus, event: ProposalEvent): boolean {
  return (proposalTransitions[event].from as readonly ProposalStatus[]).includes(from);
}

export class IllegalTransitionError extends AppError {
  readonly from: ProposalStatus;
  readonly event: ProposalEvent;
  constructor(from: ProposalStatus, event: ProposalEvent) {
    super('ILLEGAL_TRANSITION', `Cannot ${event.replace('_', ' ')} a proposal that is ${from}`, {
      userMessage: `This proposal is already ${from}.`,
      details: { from, event },
    });
    this.from = from;
    this.event = event;
  }
}

/** The status after `event`, or an IllegalTransitionError. */
export function nextStatus(from: ProposalStatus, event: ProposalEvent): ProposalStatus {
  if (!canTransition(from, event)) throw new IllegalTransitionError(from, event);
  return proposalTransitions[event].to;
}
