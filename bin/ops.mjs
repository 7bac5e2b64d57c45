#!/usr/bin/env node
// Runs the TypeScript sources through tsx in a checkout; the Docker image,
// which ships only the compiled dist/, runs that instead.
import { existsSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const source = new URL('src/cli/main.ts', root);
if (existsSync(source)) {
  const { ensurePrismaClient } = await import(new URL('scripts/generate-prisma.mjs', root).href);
  const problem = ensurePrismaClient();
  if (problem) {
    process.stderr.write(`ops: ${problem}\n`);
    process.exit(1);
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(source.href);
  await main();
} else {
  const { main } = await import(new URL('dist/src/cli/main.js', root).href);
  await main();
}
