import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from '../../src/db/migrate.js';
import { projectRoot } from '../../src/paths.js';

/**
 * A migrated embedded database dumped by global-setup.ts; named after the
 * migrations and the PGlite version so a change in either makes a new one.
 */
function computeTemplatePath(): string {
  const pglite = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ) as { version: string };
  const h = createHash('sha256').update(pglite.version);
  for (const m of readMigrations()) h.update(m.name).update(m.checksum);
  return join(tmpdir(), `ops-center-test-template-${h.digest('hex').slice(0, 16)}.tar`);
}

export const templatePath = computeTemplatePath();
