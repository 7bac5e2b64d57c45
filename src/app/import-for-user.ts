/** `ops import` and /import: a local mailbox or calendar into the user's items, summarised in a line. */
import { resolve } from 'node:path';
import { detectLocalFormat, importLocal, type LocalFormat } from '../sync/local/import-local.js';
import type { ImportProblem } from '../sync/sources.js';
import type { App } from './open-app.js';

export interface ImportReport {
  line: string;
  problems: ImportProblem[];
}

export async function importLocalForUser(
  app: App,
  userId: string,
  path: string,
  format?: LocalFormat,
): Promise<ImportReport> {
  const absolute = resolve(path);
  const result = await importLocal({
    prisma: app.db.prisma,
    pool: app.db.pool,
    userId,
    path: absolute,
    format: format ?? (await detectLocalFormat(absolute)),
    maxBodyChars: app.config.itemBodyMaxChars,
    logger: app.logger,
  });
  const problems = result.problems.length ? `, ${result.problems.length} could not be read` : '';
  const removed = result.removed > 0 ? `, ${result.removed} removed (no longer in the file)` : '';
  return {
    line: `Imported ${absolute}: ${result.inserted} new, ${result.updated} changed, ${result.unchanged} already there${removed}${problems}.`,
    problems: result.problems,
  };
}

export async function importForUser(app: App, userId: string, path: string): Promise<string> {
  const report = await importLocalForUser(app, userId, path);
  const shown = report.problems.slice(0, 5).map((p) => `\n  ${p.position}: ${p.reason}`);
  const more = report.problems.length > 5 ? `\n  ... and ${report.problems.length - 5} more` : '';
  return `${report.line}${shown.join('')}${more}`;
}
