import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMessage, mboxEscape } from '../../../test/fixtures/local/generate-mailbox.js';
import { createUser } from '../../../test/helpers/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.js';
import { isAppError } from '../../domain/errors.js';
import { silentLogger } from '../../logging/logger.js';
import { projectRoot } from '../../paths.js';
import { importLocal } from './import-local.js';

const fixtures = join(projectRoot, 'test/fixtures/local');
const dir = mkdtempSync(join(tmpdir(), 'ops-import-'));
let db: TestDatabase;
let userId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  userId = (await createUser(db.prisma, { timezone: 'Europe/London' })).id;
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (path: string, format: 'mbox' | 'eml-dir' | 'eml' | 'ics', extra = {}) =>
  importLocal({
    prisma: db.prisma,
    pool: db.pool,
    userId,
    path,
    format,
    maxBodyChars: 20_000,
    logger: silentLogger,
    ...extra,
  });

const entry = (date: string, raw: Buffer | string) => {
  const bytes = mboxEscape(Buffer.from(raw));
  return Buffer.concat([Buffer.from(`From sender@example.com ${date}\n`), bytes, Buffer.from('\n')]);
};

function thirtyMegabyteMail(): Buffer {
  const blob = Buffer.alloc(30 * 1024 * 1024, 7)
    .toString('base64')
    .replace(/(.{76})/g, '$1\r\n');
  return Buffer.from(
    'From: archive@example.com\r\nSubject: The whole archive\r\nDate: Fri, 01 Mar 2024 12:00:00 +0000\r\n' +
      'Message-ID: <huge@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: application/zip; name="archive.zip"\r\n' +
      `Content-Disposition: attachment; filename="archive.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n${blob}\r\n--b--\r\n`,
  );
}

describe('importLocal of a troublesome mbox', () => {
  const path = join(dir, 'troubles.mbox');
  const good = [0, 1, 2, 3].map(generateMessage);
  const charsetFiles = ['latin1-qp.eml', 'cp1252-8bit.eml', 'iso-2022-jp.eml', 'koi8-r.eml'];
  const noDate =
    'From: nodate@example.com\r\nSubject: Undated\r\nMessage-ID: <undated@example.com>\r\n\r\nWhen?\r\n';
  const noId =
    'From: noid@example.com\r\nSubject: No id\r\nDate: Sat, 02 Mar 2024 10:00:00 +0000\r\n\r\nWho am I?\r\n';
  const junk = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x0a, 0x62, 0x69, 0x6e, 0x0a]);
  let first: Awaited<ReturnType<typeof run>>;
  let junkOffset = 0;

  beforeAll(async () => {
    const parts = [
      ...good.map((m) => entry('Mon Jan  1 00:00:00 2024', m.raw)),
      ...charsetFiles.map((f) => entry('Tue Mar  5 09:00:00 2024', readFileSync(join(fixtures, 'mime', f)))),
      entry('Wed Mar  6 14:30:00 2024', noDate),
      entry('Thu Mar  7 08:00:00 2024', noId),
    ];
    junkOffset = parts.reduce((n, p) => n + p.length, 0);
    parts.push(
      entry('Fri Mar  8 08:00:00 2024', junk),
      entry('Fri Mar  8 09:00:00 2024', thirtyMegabyteMail()),
    );
    const truncated = entry('Sat Mar  9 09:00:00 2024', generateMessage(5).raw);
    parts.push(truncated.subarray(0, Math.floor(truncated.length / 2)));
    writeFileSync(path, Buffer.concat(parts));
    first = await run(path, 'mbox');
  }, 120_000);

  it('imports the good messages and reports the bad one by position and reason', async () => {
    expect(first.problems).toEqual([
      { position: `message 11 (byte ${junkOffset})`, reason: expect.stringMatching(/no mail header/) },
    ]);
    // 4 generated + 4 charsets + undated + no id + 30 MB + the truncated tail, which still parses.
    expect(first.inserted).toBe(12);
    expect(await db.prisma.item.count({ where: { accountId: first.accountId } })).toBe(12);
  });

  it('decodes the non-UTF-8 charsets', async () => {
    const subjects = await db.prisma.item.findMany({
      where: {
        accountId: first.accountId,
        externalId: {
          in: ['latin1-1@example.de', 'cp1252-1@vendor.example', 'jp-1@example.jp', 'ru-1@example.ru'],
        },
      },
      orderBy: { externalId: 'asc' },
      select: { subject: true, bodyText: true },
    });
    expect(subjects.map((s) => s.subject)).toEqual(['Invoice due', '会議の件', 'Grüße aus Köln', 'Встреча']);
    expect(subjects[0]?.bodyText).toContain('€1,250');
  });

  it('dates an undated message by its From_ line and flags it; ids a message without Message-ID', async () => {
    const undated = await db.prisma.item.findFirstOrThrow({ where: { externalId: 'undated@example.com' } });
    expect(undated.receivedAt).toEqual(new Date('2024-03-06T14:30:00Z'));
    expect(undated.data).toEqual({ dateMissing: true });
    const noIdRow = await db.prisma.item.findFirstOrThrow({ where: { subject: 'No id' } });
    expect(noIdRow.externalId).toMatch(/@local\.invalid$/);
  });

  it('records a 30 MB attachment by name and size only', async () => {
    const huge = await db.prisma.item.findFirstOrThrow({ where: { externalId: 'huge@example.com' } });
    expect(huge.attachments).toEqual([
      { filename: 'archive.zip', contentType: 'application/zip', size: 30 * 1024 * 1024 },
    ]);
    expect(huge.bodyText.trim()).toBe('See attached.');
  });

  it('imports nothing twice on a re-run and records the outcome on the account', async () => {
    const again = await run(path, 'mbox');
    expect(again).toMatchObject({ accountId: first.accountId, inserted: 0, updated: 0, unchanged: 12 });
    expect(again.problems).toHaveLength(1);
    const account = await db.prisma.connectedAccount.findUniqueOrThrow({ where: { id: first.accountId } });
    expect(account).toMatchObject({
      provider: 'local',
      label: path,
      settings: { format: 'mbox' },
      lastSyncError: '1 entry could not be read',
    });
    expect(account.lastSuccessAt).toBeInstanceOf(Date);
    expect(await db.prisma.connectedAccount.count({ where: { userId, label: path } })).toBe(1);
  });
});

describe('importLocal of .eml files and calendars', () => {
  it('imports a folder recursively and names a broken file by its path', async () => {
    const folder = join(dir, 'maildir');
    mkdirSync(join(folder, 'b', 'deep'), { recursive: true });
    copyFileSync(join(fixtures, 'mime', 'newsletter-html-only.eml'), join(folder, 'a.eml'));
    copyFileSync(
      join(fixtures, 'mime', 'invite-with-attachments.eml'),
      join(folder, 'b', 'deep', 'invite.eml'),
    );
    writeFileSync(join(folder, 'b', 'bad.eml'), 'no headers at all, just words\n');
    // Not mail: a header-like first line, but none of the fields every mail has.
    writeFileSync(join(folder, 'b', 'notes.txt'), 'Shopping: milk, eggs\nTodo: call Ana\n');
    const progress: number[] = [];
    const result = await run(folder, 'eml-dir', { onProgress: (n: number) => progress.push(n) });
    expect(result.inserted).toBe(2);
    expect(result.problems).toEqual([
      { position: 'file b/bad.eml', reason: expect.stringMatching(/no mail header/) },
    ]);
    expect(progress.at(-1)).toBe(3);
  });

  it('imports one .eml, applying transformItem', async () => {
    const file = join(fixtures, 'mime', 'koi8-r.eml');
    const result = await run(file, 'eml', {
      transformItem: (i: { subject: string }) => ({ ...i, subject: `[x] ${i.subject}` }),
    });
    expect(result.inserted).toBe(1);
    const row = await db.prisma.item.findFirstOrThrow({ where: { accountId: result.accountId } });
    expect(row.subject).toBe('[x] Встреча');
  });

  it('imports a calendar between 7 days back and 30 ahead, in the user zone', async () => {
    const file = join(fixtures, 'ics', 'team-sync-series.ics');
    const now = new Date('2024-03-27T12:00:00Z');
    const result = await run(file, 'ics', { now });
    const rows = await db.prisma.item.findMany({
      where: { accountId: result.accountId },
      orderBy: { startAt: 'asc' },
    });
    expect(rows.map((r) => r.externalId)).toEqual([
      'floating-dentist@example.com',
      'team-sync-1@example.com#2024-03-25T09:30:00.000Z',
      'easter-holiday@example.com',
      'team-sync-1@example.com#2024-04-08T08:30:00.000Z',
      'team-sync-1@example.com#2024-04-15T08:30:00.000Z',
      'team-sync-1@example.com#2024-04-22T08:30:00.000Z',
    ]);
    expect(rows[0]?.startAt).toEqual(new Date('2024-03-20T15:00:00Z')); // floating 15:00 London (GMT)
    expect(rows.every((r) => r.kind === 'event')).toBe(true);
    expect((await run(file, 'ics', { now })).unchanged).toBe(6);
  });

  it('removes events the re-imported calendar no longer holds, but not after an unreadable entry', async () => {
    const original = readFileSync(join(fixtures, 'ics', 'team-sync-series.ics'), 'utf8');
    const file = join(dir, 'calendar-edited.ics');
    writeFileSync(file, original);
    const now = new Date('2024-03-27T12:00:00Z');
    const first = await run(file, 'ics', { now });
    expect(first).toMatchObject({ inserted: 6, removed: 0 });

    const dentist =
      /BEGIN:VEVENT\r?\n(?:(?!END:VEVENT)[\s\S])*?UID:floating-dentist@example\.com[\s\S]*?END:VEVENT\r?\n/;
    expect(original).toMatch(dentist);
    const withoutDentist = original.replace(dentist, '');
    // An event with no DTSTART is unreadable: nothing may be removed on that run.
    const broken = withoutDentist.replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:broken@example.com\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    writeFileSync(file, broken);
    const skipped = await run(file, 'ics', { now });
    expect(skipped.problems).toHaveLength(1);
    expect(skipped.removed).toBe(0);

    writeFileSync(file, withoutDentist);
    const second = await run(file, 'ics', { now });
    expect(second).toMatchObject({ inserted: 0, unchanged: 5, removed: 1 });
    const ids = (await db.prisma.item.findMany({ where: { accountId: second.accountId } })).map(
      (r) => r.externalId,
    );
    expect(ids).not.toContain('floating-dentist@example.com');
    expect(ids).toHaveLength(5);
  });

  it('records a failed import on the account and rethrows', async () => {
    const file = join(fixtures, 'mime', 'latin1-qp.eml');
    const failing = () => {
      throw new Error('disk full');
    };
    await expect(run(file, 'eml', { transformItem: failing })).rejects.toThrow('disk full');
    const account = await db.prisma.connectedAccount.findFirstOrThrow({ where: { userId, label: file } });
    expect(account).toMatchObject({ status: 'error', lastSyncError: 'disk full', lastSuccessAt: null });
    expect(account.lastSyncAt).toBeInstanceOf(Date);
  });

  it('refuses an unreadable path or the wrong format with IMPORT_UNREADABLE naming the path', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'Dear diary\n');
    const cases: Array<[string, 'mbox' | 'eml-dir' | 'eml' | 'ics', RegExp]> = [
      [join(dir, 'missing.mbox'), 'mbox', /no such file or folder/],
      [text, 'mbox', /not an mbox/],
      [text, 'ics', /not an iCalendar file/],
      [text, 'eml-dir', /not a folder/],
      [dir, 'mbox', /not a file/],
    ];
    for (const [path, format, reason] of cases) {
      const error = await run(path, format).catch((e: unknown) => e);
      expect(isAppError(error, 'IMPORT_UNREADABLE')).toBe(true);
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(reason);
    }
  });
});
