import type { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config/config.js';

export interface CommandSpec {
  summary: string;
  usage: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  allowPositionals?: boolean;
  /** Returns the exit code. */
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<number>;
}

export function loadCliConfig(): Config {
  return loadConfig(process.env);
}
