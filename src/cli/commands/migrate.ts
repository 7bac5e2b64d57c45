import { join } from 'node:path';
import { openDatabase } from '../../db/database.js';
import { migrate } from '../../db/migrate.js';
import { createLogger } from '../../logging/logger.js';
import { type CommandSpec, loadCliConfig } from '../command-spec.js';

export const migrateCommand: CommandSpec = {
  usage: 'migrate',
  summary: 'apply database migrations and exit',
  options: {},
  async run() {
    const config = loadCliConfig();
    const logger = createLogger({ level: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
    const db = await openDatabase({
      databaseUrl: config.databaseUrl,
      embeddedDir: join(config.dataDir, 'db'),
      logger,
      migrate: false,
    });
    try {
      const { applied } = await migrate(db.pool, { logger });
      const where =
        db.mode === 'embedded' ? `embedded database in ${join(config.dataDir, 'db')}` : 'PostgreSQL server';
      process.stdout.write(
        applied.length
          ? `Applied ${applied.length} migration(s) to the ${where}: ${applied.join(', ')}\n`
          : `The ${where} is up to date.\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
