/**
 * Reads and writes the benchmark corpus: mboxrd files (optionally gzipped),
 * one message per "From " line, with the source recorded on that line.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface CorpusMessage {
  /** What follows "From " on the separator line: "<source-id> <label>". */
  source: string;
  raw: Buffer;
}

export function readMbox(path: string): CorpusMessage[] {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('latin1');
  const out: CorpusMessage[] = [];
  // Every entry ends with a blank separator line; dropping the file's final newline makes
  // the last entry split like the others.
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  let source: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (source === null) return;
    out.push({ source, raw: Buffer.from(body.join('\n'), 'latin1') });
  };
  for (const line of lines) {
    if (line.startsWith('From ')) {
      flush();
      source = line.slice(5).trim();
      body = [];
    } else if (source !== null) {
      body.push(/^>+From /.test(line) ? line.slice(1) : line);
    }
  }
  flush();
  return out;
}

/** One mboxrd entry; latin1 keeps the bytes as they were. */
export function mboxEntry(source: string, raw: Buffer): string {
  const text = raw.toString('latin1').replaceAll('\r\n', '\n');
  const escaped = text.replaceAll(/^(>*From )/gm, '>$1');
  return `From ${source}\n${escaped}${escaped.endsWith('\n') ? '' : '\n'}\n`;
}
