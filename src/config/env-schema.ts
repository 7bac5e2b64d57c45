import { z } from 'zod';
import { isValidTimeZone } from '../domain/time/local-time.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const commaList = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Every environment variable the service reads; .env.example documents each one. */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'expected a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OPS_USER_NAME: z.string().min(1).optional(),
  OPS_TIMEZONE: z
    .string()
    .refine(isValidTimeZone, { message: 'expected an IANA time zone such as Europe/Paris' })
    .optional(),
  OPS_CHANNEL: z.enum(['terminal', 'none']).default('terminal'),
  OPS_SAMPLE_MAILBOX: booleanFlag.default(true),
  ITEM_BODY_MAX_CHARS: z.coerce
    .number({ message: 'expected a number of characters' })
    .int()
    .min(1000, { message: 'expected at least 1000' })
    .default(100_000),
  LLM_BASE_URL: z
    .url({ message: 'expected an http(s) URL of an OpenAI-compatible API' })
    .default('https://integrate.api.nvidia.com/v1'),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('meta/llama-3.3-70b-instruct'),
  LLM_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().positive().default(30_000),
  LLM_MAX_RETRIES: z.coerce.number({ message: 'expected a whole number' }).int().min(0).max(10).default(2),
  AGENTS_DISABLED: commaList.default([]),
});

export type Env = z.infer<typeof envSchema>;
