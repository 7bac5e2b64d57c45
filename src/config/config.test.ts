import { describe, expect, it } from 'vitest';
import { isAppError } from '../domain/errors.js';
import { loadConfig } from './config.js';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (isAppError(error, 'CONFIG_INVALID')) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.llm.apiKey).toBeUndefined();
    expect(config.llm.baseUrl).toBe('https://integrate.api.nvidia.com/v1');
    expect(config.channel).toBe('terminal');
    expect(config.sampleMailbox).toBe(true);
    expect(config.dataDir).toMatch(/data$/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', LLM_API_KEY: '' }).databaseUrl).toBeUndefined();
  });

  it('names every bad variable and what it expects, in one message', () => {
    const message = errorOf({
      DATABASE_URL: 'mysql://localhost/db',
      OPS_TIMEZONE: 'Mars/Olympus',
      LLM_TIMEOUT_MS: 'soon',
      OPS_SAMPLE_MAILBOX: 'maybe',
    });
    expect(message).toContain(
      'DATABASE_URL: expected a postgres:// or postgresql:// URL (got "mysql://localhost/db")',
    );
    expect(message).toContain('OPS_TIMEZONE: expected an IANA time zone');
    expect(message).toContain('LLM_TIMEOUT_MS: expected milliseconds');
    expect(message).toContain('OPS_SAMPLE_MAILBOX: expected true or false');
    expect(message.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(4);
  });

  it('parses typed values', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/ops',
      LLM_API_KEY: 'k',
      LLM_BASE_URL: 'http://localhost:11434/v1',
      AGENTS_DISABLED: 'weather, planner',
      OPS_SAMPLE_MAILBOX: 'false',
      ITEM_BODY_MAX_CHARS: '5000',
    });
    expect(config.agentsDisabled).toEqual(['weather', 'planner']);
    expect(config.sampleMailbox).toBe(false);
    expect(config.itemBodyMaxChars).toBe(5000);
    expect(config.llm.baseUrl).toBe('http://localhost:11434/v1');
  });

  it('does not echo long secrets in full', () => {
    const message = errorOf({ DATABASE_URL: `mysql://user:${'x'.repeat(80)}@host/db` });
    expect(message).not.toContain('x'.repeat(80));
  });
});
