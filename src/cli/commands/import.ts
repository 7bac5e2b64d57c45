import { importLocalForUser } from '../../app/import-for-user.js';
import { ensureLocalUser } from '../../app/local-user.js';
import { openApp } from '../../app/open-app.js';
import type { LocalFormat } from '../../sync/local/import-local.js';
import { usageError } from '../cli-error.js';
import { type CommandSpec, loadCliConfig } from '../command-spec.js';

const flags: Record<string, LocalFormat> = { mbox: 'mbox', 'eml-dir': 'eml-dir', eml: 'eml', ics: 'ics' };

export const importCommand: CommandSpec = {
  usage: 'import --mbox PATH | --eml-dir PATH | --eml PATH | --ics PATH',
  summary: 'import a local mailbox or calendar (safe to repeat)',
  options: {
    mbox: { type: 'string' },
    'eml-dir': { type: 'string' },
    eml: { type: 'string' },
    ics: { type: 'string' },
  },
  async run({ values }) {
    const given = Object.keys(flags).filter((f) => typeof values[f] === 'string');
    if (given.length !== 1)
      throw usageError('give exactly one of --mbox PATH, --eml-dir PATH, --eml PATH, --ics PATH');
    const flag = given[0]!;
    const config = loadCliConfig();
    const app = await openApp(config, { defaultLogLevel: 'warn' });
    try {
      const user = await ensureLocalUser(app.db.prisma, config);
      const report = await importLocalForUser(app, user.id, values[flag] as string, flags[flag]);
      process.stdout.write(`${report.line}\n`);
      for (const p of report.problems) process.stderr.write(`  skipped ${p.position}: ${p.reason}\n`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
