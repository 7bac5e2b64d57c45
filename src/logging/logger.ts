import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Redaction is a safety net: code must not log tokens or mail
 * bodies in the first place (personal data only at trace level).
 */
export function createLogger(options: { level: string; file?: string }): Logger {
  const redact = {
    paths: [
      '*.token',
      '*.accessToken',
      '*.refreshToken',
      '*.apiKey',
      '*.authorization',
      '*.bodyText',
      '*.password',
    ],
    censor: '[redacted]',
  };
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    return pino(
      { level: options.level, redact },
      pino.destination({ dest: options.file, sync: false, mkdir: true }),
    );
  }
  return pino({ level: options.level, redact }, pino.destination(2));
}

export const silentLogger: Logger = pino({ level: 'silent' });
