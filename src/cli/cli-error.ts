import { AppError } from '../domain/errors.js';

/** A mistake in how the command was called: one line, exit code 2. */
export function usageError(message: string): AppError {
  return new AppError('USAGE', message);
}
