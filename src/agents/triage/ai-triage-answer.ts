/**
 * The JSON the model returns for a batch of messages, and its translation to
 * TriageResult. The envelope is lenient (any array element, or a bare array)
 * so that one bad element costs one item, not the whole batch; each element
 * is then checked on its own. Servers with structured output get the strict
 * shape as JSON Schema.
 */
import { z } from 'zod';
import { actionTypes, type TriageResult, triageCategories } from '../../domain/analysis/triage.js';
import { parseDueDate } from './parse-due-date.js';

export const triageAnswerItemSchema = z.object({
  id: z.string(),
  category: z.enum(triageCategories),
  importance: z.number().int().min(1).max(5),
  needs_reply: z.boolean(),
  action_type: z.enum(actionTypes),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, { message: 'expected YYYY-MM-DD' })
    .nullable(),
  reason: z.string().min(1),
});
export type TriageAnswerItem = z.infer<typeof triageAnswerItemSchema>;

export const triageAnswerEnvelopeSchema = z.union([
  z.object({ items: z.array(z.unknown()) }),
  z.array(z.unknown()).transform((items) => ({ items })),
]);

const strictAnswerSchema = z.object({ items: z.array(triageAnswerItemSchema) });
const { $schema: _dropped, ...triageAnswerJson } = z.toJSONSchema(strictAnswerSchema);
export const triageAnswerJsonSchema: Record<string, unknown> = triageAnswerJson;

const maxReasonChars = 160;

/** Undefined `dueAt` when the model gave none or an impossible date. */
export function toTriageResult(
  answer: TriageAnswerItem,
  timezone: string,
  workdayEnd?: string,
): TriageResult {
  const reason = answer.reason.trim().replaceAll(/\s+/g, ' ');
  return {
    category: answer.category,
    importance: answer.importance,
    needsReply: answer.needs_reply,
    actionType: answer.action_type,
    dueAt: answer.due === null ? undefined : parseDueDate(answer.due, timezone, workdayEnd),
    reasons: [reason.length > maxReasonChars ? `${reason.slice(0, maxReasonChars - 1)}…` : reason],
    certain: false,
  };
}
