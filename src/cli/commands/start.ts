import { importForUser } from '../../app/import-for-user.js';
import { ensureLocalUser } from '../../app/local-user.js';
import { openApp } from '../../app/open-app.js';
import { ensureSampleMailbox } from '../../app/sample-bootstrap.js';
import { startTerminal } from '../../app/start-terminal.js';
import { type CommandSpec, loadCliConfig } from '../command-spec.js';

export const startCommand: CommandSpec = {
  usage: 'start [--no-sample]',
  summary: 'start the assistant (terminal chat on the embedded defaults)',
  options: { 'no-sample': { type: 'boolean' } },
  async run({ values }) {
    const config = loadCliConfig();
    if (values['no-sample']) config.sampleMailbox = false;
    const app = await openApp(config, { logToFile: config.channel === 'terminal' });
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await app.close();
    };
    try {
      const user = await ensureLocalUser(app.db.prisma, config);
      const greeting = [
        `Personal Ops Center: ${app.db.mode === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server'}, ` +
          `${app.llm ? `AI model ${app.llm.model}` : 'basic rules (no LLM_API_KEY set)'}.`,
      ];
      const sample = await ensureSampleMailbox(app, user);
      if (sample) greeting.push(sample);
      const resumed = await app.orchestrator.resumeInterrupted();
      if (resumed.length)
        greeting.push(`Finished ${resumed.length} run(s) interrupted by the last shutdown.`);
      if (config.channel === 'none') {
        for (const line of greeting) process.stdout.write(`${line}\n`);
        process.stdout.write('No chat channel configured (OPS_CHANNEL=none). Ctrl-C stops.\n');
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        return 0;
      }
      const { closed, channel } = await startTerminal(app, user, {
        greeting,
        importLocal: (userId, path) => importForUser(app, userId, path),
      });
      const signalled = new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await Promise.race([closed, signalled]);
      await channel.stop();
      return 0;
    } finally {
      await stop();
    }
  },
};
