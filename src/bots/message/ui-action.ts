/**
 * What a button does. Channels carry it opaquely (Slack button value, a short
 * Telegram reference, a terminal number) and hand it back on press; it is
 * validated again on the way in, since a callback can be forged.
 */
import { z } from 'zod';

export const uiActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('proposal'),
    op: z.enum(['approve', 'confirm_approve', 'reject', 'edit', 'retry']),
    proposalId: z.uuid(),
    /** The version shown: a decision on an older version is refused. */
    version: z.number().int().positive(),
  }),
  z.object({
    type: z.literal('item'),
    op: z.enum(['draft_reply', 'schedule_event', 'details', 'mark_safe', 'confirm_scam']),
    itemId: z.uuid(),
  }),
  z.object({
    type: z.literal('command'),
    command: z.enum(['inbox', 'plan_day', 'pending', 'runs', 'help']),
  }),
]);

export type UiAction = z.infer<typeof uiActionSchema>;
