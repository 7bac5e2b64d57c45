/**
 * `ops`: the command-line entry point. Each command is one file in
 * ./commands; any failure ends in one clear line on stderr and a non-zero exit.
 */
import { parseArgs } from 'node:util';
import { isAppError } from '../domain/errors.js';
import { usageError } from './cli-error.js';
import type { CommandSpec } from './command-spec.js';
import { doctorCommand } from './commands/doctor.js';
import { importCommand } from './commands/import.js';
import { migrateCommand } from './commands/migrate.js';
import { planDayCommand } from './commands/plan-day.js';
import { startCommand } from './commands/start.js';
import { triageCommand } from './commands/triage.js';

const commands: Record<string, CommandSpec> = {
  start: startCommand,
  migrate: migrateCommand,
  import: importCommand,
  doctor: doctorCommand,
  triage: triageCommand,
  'plan-day': planDayCommand,
};

function help(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`);
  return `Personal Ops Center\n\nUsage: ops <command> [options]\n\n${lines.join('\n')}\n\nConfiguration comes from the environment (see .env.example); \`ops doctor\` checks it.\n`;
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw usageError(`unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options ?? {},
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    throw usageError(
      `${(error as Error).message.replace(/\. To specify.*$/s, '')}. Usage: ops ${command.usage}`,
    );
  }
  return command.run({
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  });
}

export async function main(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2));
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`ops: ${error.message}\n`);
      process.exitCode = error.code === 'USAGE' ? 2 : 1;
      return;
    }
    process.stderr.write(
      `ops: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
