import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above src/');
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json, prisma/ and samples/, from src/ or dist/src/. */
export const projectRoot = findProjectRoot();
export const migrationsDir = join(projectRoot, 'prisma', 'migrations');
export const samplesDir = join(projectRoot, 'samples');
