import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/test-database.js';
import { silentLogger } from '../logging/logger.js';
import { migrate, pendingMigrations, readMigrations } from './migrate.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

describe('migration runner', () => {
  it('records every migration once and applies nothing the second time', async () => {
    expect(await pendingMigrations(db.pool)).toEqual([]);
    expect((await migrate(db.pool, { logger: silentLogger })).applied).toEqual([]);
    const { rows } = await db.pool.query('SELECT name FROM _ops_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
  });

  it('applies a new migration in order and refuses an edited one', async () => {
    const extra = {
      name: '99990101000000_test_extra',
      sql: 'CREATE TABLE test_extra (id int);',
      checksum: 'c1',
    };
    const all = [...readMigrations(), extra];
    expect((await migrate(db.pool, { logger: silentLogger, migrations: all })).applied).toEqual([extra.name]);
    await expect(
      migrate(db.pool, {
        logger: silentLogger,
        migrations: [...readMigrations(), { ...extra, checksum: 'c2' }],
      }),
    ).rejects.toMatchObject({ code: 'MIGRATION_CHECKSUM_MISMATCH' });
  });

  it('rolls back a failing migration entirely and reports it', async () => {
    const bad = {
      name: '99990102000000_test_bad',
      sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
      checksum: 'c3',
    };
    await expect(
      migrate(db.pool, { logger: silentLogger, migrations: [...readMigrations(), bad] }),
    ).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    const { rows } = await db.pool.query("SELECT to_regclass('public.half_done') IS NULL AS absent");
    expect(rows[0].absent).toBe(true);
    const recorded = await db.pool.query('SELECT 1 FROM _ops_migrations WHERE name = $1', [bad.name]);
    expect(recorded.rowCount).toBe(0);
  });
});
