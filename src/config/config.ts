import { resolve } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { type Env, envSchema } from './env-schema.js';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  userName: string;
  timezone: string;
  channel: Env['OPS_CHANNEL'];
  sampleMailbox: boolean;
  itemBodyMaxChars: number;
  llm: { baseUrl: string; apiKey: string | undefined; model: string; timeoutMs: number; maxRetries: number };
  agentsDisabled: string[];
}

function describeIssues(issues: z.core.$ZodIssue[], source: Record<string, string | undefined>): string {
  const lines = issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const given = source[name];
    const shown =
      given === undefined ? 'missing' : `got "${given.length > 40 ? `${given.slice(0, 40)}...` : given}"`;
    return `  ${name}: ${issue.message} (${shown})`;
  });
  return `Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable and what it expects.`;
}

/** Parses the environment once; throws a CONFIG_INVALID error naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset": .env files often carry `KEY=` lines.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new AppError('CONFIG_INVALID', describeIssues(parsed.error.issues, cleaned));
  }
  const env = parsed.data;
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    userName: env.OPS_USER_NAME ?? source.USER ?? 'me',
    timezone: env.OPS_TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
    channel: env.OPS_CHANNEL,
    sampleMailbox: env.OPS_SAMPLE_MAILBOX,
    itemBodyMaxChars: env.ITEM_BODY_MAX_CHARS,
    llm: {
      baseUrl: env.LLM_BASE_URL,
      apiKey: env.LLM_API_KEY,
      model: env.LLM_MODEL,
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
    },
    agentsDisabled: env.AGENTS_DISABLED,
  };
}
