import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateMessage, writeMbox } from '../../../test/fixtures/local/generate-mailbox.js';
import type { SyncBatch } from '../sources.js';
import { LocalMailboxSource } from './local-mailbox-source.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(source: LocalMailboxSource): Promise<SyncBatch[]> {
  const batches: SyncBatch[] = [];
  for await (const batch of source.read(undefined)) batches.push(batch);
  return batches;
}

describe('LocalMailboxSource', () => {
  it('yields an mbox in order, in batches of about 200', async () => {
    const path = join(dir, 'inbox.mbox');
    await writeMbox(path, 450);
    const batches = await collect(new LocalMailboxSource({ path, format: 'mbox', maxBodyChars: 5000 }));
    expect(batches.map((b) => b.items.length)).toEqual([200, 200, 50]);
    const ids = batches.flatMap((b) => b.items.map((i) => i.externalId));
    expect(ids).toEqual(Array.from({ length: 450 }, (_, i) => generateMessage(i).messageId));
  });

  it('reports an oversized message by position and keeps going', async () => {
    const path = join(dir, 'big.mbox');
    await writeMbox(path, 3);
    const batches = await collect(
      new LocalMailboxSource({ path, format: 'mbox', maxBodyChars: 5000, maxMessageBytes: 2000 }),
    );
    const problems = batches.flatMap((b) => b.problems);
    const items = batches.flatMap((b) => b.items);
    expect(items.length + problems.length).toBe(3);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.position).toMatch(/^message \d+ \(byte \d+\)$/);
    expect(problems[0]?.reason).toMatch(/^larger than 2 KB \(\d+ KB\), skipped$/);
  });

  it('reads .eml folders in sorted order and names files by relative path', async () => {
    const root = join(dir, 'maildir');
    mkdirSync(join(root, 'z'), { recursive: true });
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'z', '1.eml'), generateMessage(1).raw);
    writeFileSync(join(root, 'a', '2.eml'), generateMessage(2).raw);
    writeFileSync(join(root, 'a', '1.eml'), 'just words\n');
    const [batch] = await collect(
      new LocalMailboxSource({ path: root, format: 'eml-dir', maxBodyChars: 5000 }),
    );
    expect(batch?.items.map((i) => i.externalId)).toEqual(['gen-2@corpus.example', 'gen-1@corpus.example']);
    expect(batch?.problems).toEqual([
      { position: 'file a/1.eml', reason: expect.stringMatching(/no mail header/) },
    ]);
  });

  it('takes mail files without the .eml ending (Maildir cur/new, SpamAssassin) and skips other files', async () => {
    const root = join(dir, 'Maildir');
    mkdirSync(join(root, 'cur'), { recursive: true });
    mkdirSync(join(root, 'new'), { recursive: true });
    writeFileSync(join(root, 'cur', '1732531200.M1P2.host:2,S'), generateMessage(3).raw);
    writeFileSync(join(root, 'new', '00001.7c53336b37003a9286aba55d2945844c'), generateMessage(4).raw);
    writeFileSync(join(root, 'README.md'), '# My exported mail\n');
    writeFileSync(join(root, 'labels.json'), '{"a": 1}\n');
    writeFileSync(join(root, 'calendar.ics'), 'BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n');
    writeFileSync(join(root, '.mbsyncstate'), 'From: not read\n');
    const [batch] = await collect(
      new LocalMailboxSource({ path: root, format: 'eml-dir', maxBodyChars: 5000 }),
    );
    expect(batch?.items.map((i) => i.externalId)).toEqual(['gen-3@corpus.example', 'gen-4@corpus.example']);
    expect(batch?.problems).toEqual([]);
  });
});
