/**
 * What kind of local source a path is, and whether it really is one: a folder
 * of mail files, an .ics calendar, one mail (.eml or any file that opens with
 * a header line), or an mbox (first line "From ").
 * Anything else is an IMPORT_UNREADABLE error that names the path and the problem.
 */
import { stat } from 'node:fs/promises';
import { AppError } from '../../domain/errors.js';
import { looksLikeMail, readFileHead, startsWithHeaderLine } from './file-head.js';

export type LocalFormat = 'mbox' | 'eml-dir' | 'eml' | 'ics';

function unreadable(path: string, what: string, cause?: unknown): AppError {
  return new AppError('IMPORT_UNREADABLE', `Cannot import ${path}: ${what}`, {
    userMessage: `Cannot import ${path}: ${what}`,
    ...(cause === undefined ? {} : { cause }),
  });
}

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(code);
    throw unreadable(path, what, error);
  }
}

async function head(path: string): Promise<string> {
  try {
    return await readFileHead(path);
  } catch (error) {
    throw unreadable(
      path,
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      error,
    );
  }
}

export async function detectLocalFormat(path: string): Promise<LocalFormat> {
  const info = await statOf(path);
  if (info.isDirectory()) return 'eml-dir';
  const lower = path.toLowerCase();
  if (lower.endsWith('.ics')) return 'ics';
  if (lower.endsWith('.eml')) return 'eml';
  const start = await head(path);
  if (start.startsWith('From ')) return 'mbox';
  // A single message saved without the .eml ending (Maildir, SpamAssassin, "Save as" .txt).
  if (looksLikeMail(start)) return 'eml';
  throw unreadable(
    path,
    'not a folder, an .ics calendar, a mail or an mbox (it starts with neither a header line nor "From ")',
  );
}

/** Throws IMPORT_UNREADABLE unless `path` can be read as `format`. */
export async function assertLocalFormat(path: string, format: LocalFormat): Promise<void> {
  const info = await statOf(path);
  if (format === 'eml-dir') {
    if (!info.isDirectory()) throw unreadable(path, 'not a folder (expected a folder of mail files)');
    return;
  }
  if (!info.isFile())
    throw unreadable(
      path,
      `not a file (expected ${format === 'ics' ? 'an .ics calendar' : `an ${format} file`})`,
    );
  const start = await head(path);
  if (format === 'mbox' && !start.startsWith('From ')) {
    throw unreadable(path, 'not an mbox: the first line does not start with "From "');
  }
  if (format === 'ics' && !/^BEGIN:VCALENDAR/i.test(start)) {
    throw unreadable(path, 'not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  }
  if (format === 'eml' && !startsWithHeaderLine(start)) {
    throw unreadable(path, 'not a mail: it does not start with a header line ("From: ...")');
  }
}
