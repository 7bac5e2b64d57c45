/**
 * One error type for the whole service. `code` is stable (tests, logs, API);
 * `message` is for operators; `userMessage` is what a chat user may read.
 */
export const errorCodes = [
  'CONFIG_INVALID',
  'DATABASE_UNAVAILABLE',
  'DATABASE_LOCKED',
  'MIGRATION_FAILED',
  'MIGRATION_CHECKSUM_MISMATCH',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFIRMATION_REQUIRED',
  'INVALID_INPUT',
  'ILLEGAL_TRANSITION',
  'STALE_VERSION',
  'PAYLOAD_INVALID',
  'IMPORT_UNREADABLE',
  'MAIL_UNREADABLE',
  'LLM_UNAVAILABLE',
  'LLM_INVALID_OUTPUT',
  'USAGE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { userMessage?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage;
    this.details = options.details;
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
