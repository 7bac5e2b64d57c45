/**
 * Splits the bundled sample mbox for tests, independently of the importer
 * under test: mboxrd, a separator line after a blank line (or at the top),
 * ">From " restored to "From ".
 */
import { readFileSync } from 'node:fs';
import { sampleMailboxPath } from '../../src/sync/local/sample-mailbox.js';

export const mboxSeparator = /^From (\S+) (\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})$/;

export interface MboxEntry {
  envelopeFrom: string;
  envelopeDate: string;
  raw: string;
}

export function splitMbox(text: string): MboxEntry[] {
  const entries: MboxEntry[] = [];
  let current: { envelopeFrom: string; envelopeDate: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const m = mboxSeparator.exec(line);
    if (m && (current === undefined || current.lines.at(-1) === '')) {
      if (current) entries.push({ ...current, raw: current.lines.join('\n') });
      current = { envelopeFrom: m[1] ?? '', envelopeDate: m[2] ?? '', lines: [] };
      continue;
    }
    if (!current) throw new Error(`text before the first separator: ${line}`);
    current.lines.push(line.replace(/^>(>*From )/, '$1'));
  }
  if (current) entries.push({ ...current, raw: current.lines.join('\n') });
  return entries;
}

export function readSampleMbox(): MboxEntry[] {
  return splitMbox(readFileSync(sampleMailboxPath, 'utf8'));
}
