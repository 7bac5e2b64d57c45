import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateMessage, writeMbox } from '../../../test/fixtures/local/generate-mailbox.js';
import { type MboxMessage, readMbox } from './read-mbox.js';

const dir = mkdtempSync(join(tmpdir(), 'ops-mbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(content: string | Buffer, options = {}): Promise<MboxMessage[]> {
  const path = join(dir, `m-${Math.random().toString(36).slice(2)}.mbox`);
  writeFileSync(path, content);
  const out: MboxMessage[] = [];
  for await (const m of readMbox(path, options)) out.push(m);
  return out;
}

const sample = [
  'From alice@example.com Mon Mar  4 07:00:00 2024',
  'From: alice@example.com',
  'Subject: one',
  '',
  'First line.',
  '>From the archive, escaped once.',
  '>>From twice escaped.',
  'From the desk of Alice (not escaped, not after a blank line).',
  '',
  'From bob@example.com Tue Mar  5 08:30:15 +0100 2024',
  'From: bob@example.com',
  'Subject: two',
  '',
  'Second.',
  '',
].join('\n');

describe('readMbox', () => {
  it('splits on From_ lines, un-escapes >From, keeps offsets and From_ dates', async () => {
    const messages = await readAll(sample);
    expect(messages.map((m) => [m.index, m.byteOffset, m.fromLineDate?.toISOString()])).toEqual([
      [1, 0, '2024-03-04T07:00:00.000Z'],
      [2, sample.indexOf('From bob'), '2024-03-05T07:30:15.000Z'],
    ]);
    expect(messages[0]?.raw.toString()).toBe(
      [
        'From: alice@example.com',
        'Subject: one',
        '',
        'First line.',
        'From the archive, escaped once.',
        '>From twice escaped.',
        'From the desk of Alice (not escaped, not after a blank line).',
        '',
      ].join('\n'),
    );
    expect(messages[1]?.raw.toString()).toBe('From: bob@example.com\nSubject: two\n\nSecond.\n');
  });

  it('reads CRLF files the same way', async () => {
    const messages = await readAll(sample.replace(/\n/g, '\r\n'));
    expect(messages.map((m) => m.raw.toString().replace(/\r\n/g, '\n'))).toEqual(
      (await readAll(sample)).map((m) => m.raw.toString()),
    );
    expect(messages[1]?.byteOffset).toBe(sample.replace(/\n/g, '\r\n').indexOf('From bob'));
  });

  it('yields a truncated last message as far as it goes', async () => {
    const cut = `${sample}From carol@example.com Wed Mar  6 09:00:00 2024\nFrom: carol@example.com\nSubject: thr`;
    const messages = await readAll(cut);
    expect(messages).toHaveLength(3);
    expect(messages[2]?.raw.toString()).toBe('From: carol@example.com\nSubject: thr');
  });

  it('returns every generated message byte for byte across 1 MB read chunks', async () => {
    const path = join(dir, 'generated.mbox');
    const bytes = await writeMbox(path, 300);
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
    let n = 0;
    for await (const m of readMbox(path)) {
      expect(m.index).toBe(n + 1);
      expect(m.raw.equals(generateMessage(n).raw)).toBe(true);
      n++;
    }
    expect(n).toBe(300);
  });

  it('keeps a line longer than a read chunk intact', async () => {
    const long = 'A'.repeat(3 * 1024 * 1024 + 17);
    const messages = await readAll(`From x Mon Mar  4 07:00:00 2024\nSubject: big\n\n${long}\nend\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.raw.toString()).toBe(`Subject: big\n\n${long}\nend\n`);
  });

  it('reports an oversized message without its bytes and carries on', async () => {
    const big = `From a Mon Mar  4 07:00:00 2024\nSubject: big\n\n${'x'.repeat(5000)}\n\n`;
    const small = 'From b Mon Mar  4 07:00:00 2024\nSubject: small\n\nok\n';
    const messages = await readAll(big + small, { maxMessageBytes: 1000 });
    expect(messages.map((m) => [m.index, m.oversizeBytes, m.raw.length])).toEqual([
      [1, 5015, 0],
      [2, undefined, 'Subject: small\n\nok\n'.length],
    ]);
  });
});
