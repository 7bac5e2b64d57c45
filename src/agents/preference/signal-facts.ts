/**
 * What the learners read from a stored signal. Signals are JSON written over
 * months by different code versions, so every field is checked and a field
 * that does not fit is simply absent.
 */
import { z } from 'zod';
import type { PreferenceSignalView } from '../agent.js';

export type SignalKind = 'approved' | 'rejected' | 'edited' | 'marked_safe' | 'confirmed_scam';

export interface SignalFacts {
  signal: SignalKind | undefined;
  kind: string | undefined;
  sender: string | undefined;
  senderDomain: string | undefined;
  category: string | undefined;
  durationMinutes: number | undefined;
  startHour: number | undefined;
  /** The draft body as the user left it (edited drafts only). */
  finalBody: string | undefined;
  /** The draft body before the user's edit. */
  originalBody: string | undefined;
  createdAt: Date;
}

const signalKinds = ['approved', 'rejected', 'edited', 'marked_safe', 'confirmed_scam'] as const;

const contextSchema = z.object({
  kind: z.string().optional().catch(undefined),
  sender: z.string().optional().catch(undefined),
  senderDomain: z.string().optional().catch(undefined),
  category: z.string().optional().catch(undefined),
  durationMinutes: z.number().finite().optional().catch(undefined),
  startHour: z.number().int().min(0).max(23).optional().catch(undefined),
});

/** proposal-decisions records { before: {field: old}, after: {field: new} } for the changed fields. */
const diffSchema = z.object({
  before: z
    .object({ body: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  after: z
    .object({ body: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
});

export function signalFacts(view: PreferenceSignalView): SignalFacts {
  const context = contextSchema.safeParse(view.context ?? {});
  const diff = diffSchema.safeParse(view.diff ?? {});
  const c = context.success ? context.data : {};
  const sender = c.sender?.trim().toLowerCase() || undefined;
  const domainOfSender = sender?.includes('@') ? sender.slice(sender.lastIndexOf('@') + 1) : undefined;
  return {
    signal: (signalKinds as readonly string[]).includes(view.signal)
      ? (view.signal as SignalKind)
      : undefined,
    kind: c.kind,
    sender,
    senderDomain: c.senderDomain?.trim().toLowerCase() || domainOfSender,
    category: c.category,
    durationMinutes: c.durationMinutes,
    startHour: c.startHour,
    finalBody: diff.success ? diff.data.after?.body : undefined,
    originalBody: diff.success ? diff.data.before?.body : undefined,
    createdAt: view.createdAt,
  };
}
