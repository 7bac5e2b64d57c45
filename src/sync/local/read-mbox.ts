/**
 * Streams an mbox file (mboxo / mboxrd, LF or CRLF) message by message.
 * Memory stays around one message: the file is read in 1 MB chunks and the
 * current message is kept as slices of those chunks (one per chunk, not one
 * per line: a 30 MB attachment is 500,000 lines). ">From " lines are
 * un-escaped; the blank line before each separator belongs to the mbox, not
 * the message. A message over `maxMessageBytes` is yielded without its bytes.
 */
import { createReadStream } from 'node:fs';
import { fromLineDate, isSeparator } from './from-line.js';

export interface MboxMessage {
  /** 1-based position in the file. */
  index: number;
  /** Where its From_ line starts. */
  byteOffset: number;
  raw: Buffer;
  fromLineDate?: Date | undefined;
  /** Set when the message was larger than allowed; `raw` is then empty. */
  oversizeBytes?: number;
}

export const defaultMaxMessageBytes = 200 * 1024 * 1024;
const maxCarry = 64 * 1024;
const F = 0x46;
const GT = 0x3e;

class Message {
  parts: Buffer[] = [];
  size = 0;
  constructor(
    readonly index: number,
    readonly byteOffset: number,
    readonly fromLineDate: Date | undefined,
    private readonly maxBytes: number,
  ) {}

  add(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.size <= this.maxBytes) this.parts.push(bytes);
    else this.parts = [];
  }

  /** Drops the last `n` bytes (the blank line before the next separator). */
  trim(n: number): void {
    this.size -= n;
    while (n > 0 && this.parts.length > 0) {
      const last = this.parts.at(-1)!;
      if (last.length <= n) {
        this.parts.pop();
        n -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.subarray(0, last.length - n);
        n = 0;
      }
    }
  }

  done(): MboxMessage {
    const out: MboxMessage = { index: this.index, byteOffset: this.byteOffset, raw: Buffer.alloc(0) };
    if (this.fromLineDate) out.fromLineDate = this.fromLineDate;
    if (this.size > this.maxBytes) out.oversizeBytes = this.size;
    else out.raw = Buffer.concat(this.parts, this.size);
    return out;
  }
}

/** Length of a blank line ("\n" or "\r\n"), or 0. */
function blankLength(buf: Buffer, start: number, end: number): number {
  const n = end - start;
  return (n === 1 && buf[start] === 0x0a) || (n === 2 && buf[start] === 0x0d && buf[start + 1] === 0x0a)
    ? n
    : 0;
}

/** mboxrd: ">From " -> "From ", ">>From " -> ">From ". */
function isEscapedFrom(buf: Buffer, start: number, end: number): boolean {
  let i = start;
  while (i < end && buf[i] === GT) i++;
  return i > start && buf.toString('latin1', i, Math.min(i + 5, end)) === 'From ';
}

export async function* readMbox(
  path: string,
  options: { maxMessageBytes?: number } = {},
): AsyncGenerator<MboxMessage> {
  const maxBytes = options.maxMessageBytes ?? defaultMaxMessageBytes;
  const ready: MboxMessage[] = [];
  let count = 0;
  let current: Message | undefined;
  let lastBlank = 0; // length of the previous line when it was blank
  let carry: Buffer | undefined;
  let carryOffset = 0; // file offset of buf[0]
  let carryIsLineStart = true;

  const finish = () => {
    if (current) ready.push(current.done());
    current = undefined;
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let runStart = 0; // bytes from here on are message content not yet added
    let start = 0;
    let lineStart: boolean = carryIsLineStart;
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      const end = nl + 1;
      const blank = lineStart ? blankLength(buf, start, end) : 0;
      if (lineStart && buf[start] === F) {
        const text = buf.toString('latin1', start, Math.min(end, start + 256));
        if (isSeparator(text, lastBlank > 0 || (count === 0 && !current))) {
          current?.add(buf.subarray(runStart, start));
          current?.trim(lastBlank);
          finish();
          current = new Message(++count, carryOffset + start, fromLineDate(text), maxBytes);
          runStart = end;
        }
      } else if (lineStart && buf[start] === GT && isEscapedFrom(buf, start, end)) {
        current?.add(buf.subarray(runStart, start));
        current?.add(buf.subarray(start + 1, end));
        runStart = end;
      } else if (!current) {
        // Text before the first From_ line: blank lines are dropped, anything else is a message.
        if (blank) runStart = end;
        else current = new Message(++count, carryOffset + start, undefined, maxBytes);
      }
      lastBlank = blank;
      start = end;
      lineStart = true;
    }
    if (buf.length - start > maxCarry) {
      // A very long line (unwrapped base64): pass it on rather than re-copying it every chunk.
      if (!current) current = new Message(++count, carryOffset + runStart, undefined, maxBytes);
      current.add(buf.subarray(runStart));
      carryOffset += buf.length;
      carry = undefined;
      carryIsLineStart = false;
      lastBlank = 0;
    } else {
      current?.add(buf.subarray(runStart, start));
      carryIsLineStart = lineStart;
      carryOffset += start;
      carry = start < buf.length ? buf.subarray(start) : undefined;
    }
    while (ready.length > 0) yield ready.shift()!;
  }
  if (carry) {
    if (!current && carry.toString('latin1').trim())
      current = new Message(++count, carryOffset, undefined, maxBytes);
    current?.add(carry);
  } else {
    current?.trim(lastBlank);
  }
  finish();
  while (ready.length > 0) yield ready.shift()!;
}
