import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appLogger } from '../../app/open-app.js';
import { triageMailFile } from '../../app/triage-file.js';
import { AppError } from '../../domain/errors.js';
import { createLlmClient } from '../../llm/create-llm-client.js';
import { detectLocalFormat } from '../../sync/local/import-local.js';
import { usageError } from '../cli-error.js';
import { type CommandSpec, loadCliConfig } from '../command-spec.js';

export const triageCommand: CommandSpec = {
  usage: 'triage PATH [--llm]',
  summary: 'one JSON line per message of an mbox, .eml folder or .eml (no database needed)',
  options: { llm: { type: 'boolean' } },
  allowPositionals: true,
  async run({ values, positionals }) {
    if (positionals.length !== 1)
      throw usageError(
        'give one PATH: an mbox file, a folder of mail files (.eml, Maildir) or one mail file',
      );
    const path = resolve(positionals[0]!);
    await stat(path).catch(() => {
      throw new AppError('IMPORT_UNREADABLE', `cannot read ${path}: no such file or folder`);
    });
    const format = await detectLocalFormat(path);
    if (format === 'ics')
      throw usageError(`${path} is a calendar; triage reads mail (mbox, .eml folder or .eml)`);
    const config = loadCliConfig();
    const logger = appLogger(config, { defaultLogLevel: 'warn' });
    const llm = values.llm ? createLlmClient({ config, logger }) : undefined;
    if (values.llm && !llm)
      throw usageError('--llm needs LLM_API_KEY (and LLM_BASE_URL / LLM_MODEL) to be set');
    let problems = 0;
    const { messages } = await triageMailFile({
      path,
      format,
      maxBodyChars: config.itemBodyMaxChars,
      timezone: config.timezone,
      now: new Date(),
      llm,
      logger,
      onProblem: (p) => {
        problems++;
        process.stderr.write(`skipped ${p.position}: ${p.reason}\n`);
      },
      onLine: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
    });
    if (messages === 0 && problems > 0) return 1;
    return 0;
  },
};
