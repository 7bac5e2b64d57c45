import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mboxEntry, readMbox } from './mbox.js';

describe('mbox', () => {
  it('round-trips messages whose body lines start with "From "', () => {
    const first = Buffer.from('Subject: one\n\nFrom here on we talk.\n>From quoted\n');
    const second = Buffer.from('Subject: two\r\n\r\nbody\r\n');
    const dir = mkdtempSync(join(tmpdir(), 'mbox-'));
    const path = join(dir, 'test.mbox.gz');
    writeFileSync(path, gzipSync(mboxEntry('src/a phishing', first) + mboxEntry('src/b legit', second)));
    const messages = readMbox(path);
    expect(messages.map((m) => m.source)).toEqual(['src/a phishing', 'src/b legit']);
    expect(messages[0]!.raw.toString()).toBe('Subject: one\n\nFrom here on we talk.\n>From quoted\n');
    expect(messages[1]!.raw.toString()).toBe('Subject: two\n\nbody\n');
  });
});
