import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/errors.js';
import { assertLocalFormat, detectLocalFormat } from './detect-local-format.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('detectLocalFormat', () => {
  it('tells folders, calendars, single mails and mboxes apart', async () => {
    mkdirSync(join(dir, 'folder'));
    expect(await detectLocalFormat(join(dir, 'folder'))).toBe('eml-dir');
    expect(await detectLocalFormat(file('cal.ICS', 'BEGIN:VCALENDAR\n'))).toBe('ics');
    expect(await detectLocalFormat(file('one.eml', 'From: a@example.com\n\nhi\n'))).toBe('eml');
    expect(
      await detectLocalFormat(file('Inbox', '\ufeffFrom a@b Mon Mar  4 07:00:00 2024\nSubject: x\n')),
    ).toBe('mbox');
  });

  it('refuses what it cannot tell, naming the path', async () => {
    const path = file('notes.txt', 'Dear diary\n');
    const error = await detectLocalFormat(path).catch((e: unknown) => e);
    expect(isAppError(error, 'IMPORT_UNREADABLE')).toBe(true);
    expect((error as Error).message).toBe(
      `Cannot import ${path}: not a folder, an .ics calendar, a mail or an mbox (it starts with neither a header line nor "From ")`,
    );
  });

  it('reads a mail saved without the .eml ending as one mail, but not a calendar or a YAML file', async () => {
    const maildir = 'Return-Path: <a@example.com>\nReceived: from mx.example.com\nSubject: hi\n\nbody\n';
    expect(await detectLocalFormat(file('1732531200.M1P2.host:2,S', maildir))).toBe('eml');
    expect(await detectLocalFormat(file('00001.7c53336b37003a9286aba55d2945844c', maildir))).toBe('eml');
    await expect(detectLocalFormat(file('settings', 'name: ops\nlevel: 3\n'))).rejects.toThrow(
      /not a folder/,
    );
    await expect(detectLocalFormat(file('cal', 'BEGIN:VCALENDAR\nVERSION:2.0\n'))).rejects.toThrow(
      /not a folder/,
    );
  });

  it('checks an explicit .eml really starts with a header', async () => {
    await expect(assertLocalFormat(file('fake.eml', '<html>hi</html>'), 'eml')).rejects.toThrow(/not a mail/);
    await expect(assertLocalFormat(file('real.eml', 'Subject: ok\n\nbody'), 'eml')).resolves.toBeUndefined();
  });
});
