/**
 * What agents read from user_preferences, with defaults. The preference agent
 * writes the learned ones; the user sets the rest in /settings.
 */
import { z } from 'zod';

export const userPreferencesSchema = z.object({
  /** How drafts end ("Best,\nAda"). */
  signOff: z.string().default(''),
  /** How drafts sound. */
  tone: z.enum(['friendly', 'neutral', 'formal']).default('neutral'),
  /** Default length of a proposed meeting, minutes. */
  meetingMinutes: z.number().int().min(5).max(480).default(30),
  /** Hours of the day (local) the user accepts meetings in, e.g. [10, 16]. */
  meetingHours: z.tuple([z.number().int().min(0).max(23), z.number().int().min(1).max(24)]).default([9, 17]),
  /** Senders (addresses or @domains) whose proposals are never made. */
  mutedSenders: z.array(z.string()).default([]),
  /** Categories whose proposals are never made. */
  mutedCategories: z.array(z.string()).default([]),
  /** Proposal kinds the user always rejects. */
  mutedKinds: z.array(z.string()).default([]),
  /** Senders the user marked safe: the safety agent does not flag them again. */
  trustedSenders: z.array(z.string()).default([]),
  /** Morning plan local time, "HH:MM". */
  morningPlanAt: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('07:30'),
  autoRejectHighRisk: z.boolean().default(false),
});

export type UserPreferences = z.infer<typeof userPreferencesSchema>;

export const defaultPreferences: UserPreferences = userPreferencesSchema.parse({});

/** Builds preferences from key/value rows; a bad stored value falls back to its default. */
export function preferencesFromRows(rows: Array<{ key: string; value: unknown }>): UserPreferences {
  const merged: Record<string, unknown> = {};
  const shape = userPreferencesSchema.shape as Record<string, z.ZodType>;
  for (const row of rows) {
    const field = shape[row.key];
    if (field?.safeParse(row.value).success) merged[row.key] = row.value;
  }
  return userPreferencesSchema.parse(merged);
}
