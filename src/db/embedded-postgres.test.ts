import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { openDatabase } from './database.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded database on disk', () => {
  it('keeps data across restarts and lets a second opener share the running instance', async () => {
    const first = await openDatabase({ databaseUrl: undefined, embeddedDir: dir, logger: silentLogger });
    expect(first.mode).toBe('embedded');
    await first.prisma.user.create({ data: { displayName: 'Kept' } });

    // A second `ops` command while the first runs: it connects to the same server.
    const second = await openDatabase({ databaseUrl: undefined, embeddedDir: dir, logger: silentLogger });
    expect(await second.prisma.user.count()).toBe(1);
    await second.close();
    expect(await first.prisma.user.count()).toBe(1);
    await first.close();

    const reopened = await openDatabase({ databaseUrl: undefined, embeddedDir: dir, logger: silentLogger });
    expect((await reopened.prisma.user.findFirstOrThrow()).displayName).toBe('Kept');
    await reopened.close();
  }, 60_000);

  it('reports an unreachable server as DATABASE_UNAVAILABLE with the password hidden', async () => {
    await expect(
      openDatabase({
        databaseUrl: 'postgresql://me:secret@127.0.0.1:1/none',
        embeddedDir: undefined,
        logger: silentLogger,
      }),
    ).rejects.toSatisfy((error: { code: string; message: string }) => {
      return (
        error.code === 'DATABASE_UNAVAILABLE' &&
        !error.message.includes('secret') &&
        error.message.includes('***')
      );
    });
  });
});
