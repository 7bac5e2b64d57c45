#!/usr/bin/env node
// Generates the Prisma client offline. Prisma's CLI wants a schema engine binary
// even for `generate`, which does not use it; pointing the variable at any
// existing file stops the download attempt (see README, "Prisma offline").
// Skips the work when the schema has not changed since the last generation.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'prisma', 'schema.prisma');
const outDir = join(root, 'src', 'db', 'generated');
const stampPath = join(outDir, '.schema-hash');

/** Returns an error message, or undefined when the client is up to date. */
export function ensurePrismaClient({ force = false } = {}) {
  const hash = createHash('sha256').update(readFileSync(schemaPath)).digest('hex');
  if (!force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) return undefined;
  const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
  if (!existsSync(cli)) {
    if (existsSync(join(outDir, 'client.ts'))) return undefined;
    return 'Prisma CLI is missing (a devDependency) and no generated client exists: run `npm ci`.';
  }
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schemaPath], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (result.status !== 0) return `prisma generate failed:\n${result.stderr}`;
  writeFileSync(stampPath, hash);
  return undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const error = ensurePrismaClient({ force: process.argv.includes('--force') });
  if (error) {
    console.error(error);
    process.exit(1);
  }
}
