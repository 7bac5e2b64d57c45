/** `ops doctor`: config, database, accounts, LLM: what works and what is missing, in plain words. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config/config.js';
import { loadConfig } from '../../config/config.js';
import { openDatabase, redactUrl } from '../../db/database.js';
import { pendingMigrations } from '../../db/migrate.js';
import { isAppError } from '../../domain/errors.js';
import { createLogger } from '../../logging/logger.js';
import type { CommandSpec } from '../command-spec.js';

type Mark = 'ok' | 'warn' | 'fail';
const marks: Record<Mark, string> = { ok: '[ok]  ', warn: '[!]   ', fail: '[FAIL]' };

function say(mark: Mark, text: string) {
  process.stdout.write(`${marks[mark]} ${text}\n`);
}

async function checkLlm(config: Config): Promise<void> {
  if (!config.llm.apiKey) {
    say('warn', 'No LLM_API_KEY: agents use basic rules (heuristic mode). Set it to use an AI model.');
    return;
  }
  const url = `${config.llm.baseUrl.replace(/\/$/, '')}/models`;
  try {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${config.llm.apiKey}` },
      signal: AbortSignal.timeout(5000),
    });
    if (response.ok) say('ok', `LLM endpoint ${config.llm.baseUrl} answers; model ${config.llm.model}.`);
    else if (response.status === 401 || response.status === 403)
      say('fail', `LLM endpoint ${config.llm.baseUrl} refused the key (HTTP ${response.status}).`);
    else
      say(
        'warn',
        `LLM endpoint ${config.llm.baseUrl} answered HTTP ${response.status} to GET /models; chat calls may still work.`,
      );
  } catch (error) {
    say(
      'fail',
      `LLM endpoint ${config.llm.baseUrl} unreachable (${(error as Error).message}); agents will fall back to basic rules.`,
    );
  }
}

export const doctorCommand: CommandSpec = {
  usage: 'doctor',
  summary: 'check configuration, database, accounts and the LLM',
  options: {},
  async run() {
    let config: Config;
    try {
      config = loadConfig(process.env);
      say('ok', 'Configuration is valid.');
    } catch (error) {
      say('fail', isAppError(error) ? error.message : String(error));
      return 1;
    }
    let failed = false;
    const logger = createLogger({ level: 'silent' });
    const where = config.databaseUrl
      ? `PostgreSQL at ${redactUrl(config.databaseUrl)}`
      : `embedded database in ${join(config.dataDir, 'db')}`;
    let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
    try {
      db = await openDatabase({
        databaseUrl: config.databaseUrl,
        embeddedDir: join(config.dataDir, 'db'),
        logger,
        migrate: false,
      });
      say('ok', `Database reachable: ${where}.`);
      const pending = await pendingMigrations(db.pool);
      if (pending.length)
        say(
          'warn',
          `${pending.length} migration(s) not applied yet (${pending.join(', ')}): \`ops migrate\` or \`ops start\` applies them.`,
        );
      else say('ok', 'Database schema is up to date.');
      if (!pending.length) {
        const users = await db.prisma.user.findMany({ include: { accounts: true } });
        if (users.length === 0)
          say('warn', 'No user yet: `ops start` creates one and loads the sample mailbox.');
        for (const user of users) {
          say(
            'ok',
            `User ${user.displayName} (time zone ${user.timezone}, working hours ${user.workdayStart}-${user.workdayEnd}).`,
          );
          if (user.accounts.length === 0)
            say('warn', '  No connected accounts: import a mailbox with `ops import --mbox PATH`.');
          for (const account of user.accounts) {
            const last = account.lastSuccessAt
              ? `last read ${account.lastSuccessAt.toISOString()}`
              : 'never read';
            if (account.status !== 'active') {
              failed = true;
              say(
                'fail',
                `  ${account.provider} ${account.label}: ${account.status}${account.lastSyncError ? ` (${account.lastSyncError})` : ''}.`,
              );
            } else if (account.provider === 'local' && !existsSync(account.label)) {
              say('warn', `  local ${account.label}: the file is gone; its imported items stay. ${last}.`);
            } else {
              say(
                account.lastSyncError ? 'warn' : 'ok',
                `  ${account.provider} ${account.label}: ${last}${account.lastSyncError ? `, last error: ${account.lastSyncError}` : ''}.`,
              );
            }
          }
        }
      }
    } catch (error) {
      failed = true;
      say('fail', `Database: ${isAppError(error) ? error.message : String(error)}`);
    } finally {
      await db?.close();
    }
    await checkLlm(config);
    say(
      'ok',
      `Chat: terminal channel${config.channel === 'none' ? ' switched off (OPS_CHANNEL=none)' : ''}. Slack and Telegram are not part of this build yet.`,
    );
    return failed ? 1 : 0;
  },
};
