/**
 * The first bytes of a file as text (Latin-1, so any byte reads), BOM and
 * leading blank lines removed: enough to tell an mbox, a mail or a calendar apart.
 */
import { open } from 'node:fs/promises';

export async function readFileHead(path: string, bytes = 4096): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer
      .toString('latin1', 0, bytesRead)
      .replace(/^\xef\xbb\xbf/, '')
      .replace(/^\s+/, '');
  } finally {
    await handle.close();
  }
}

/** An RFC 5322 header line ("Received: ...", "From: ...") opens the text. */
export function startsWithHeaderLine(text: string): boolean {
  return /^[!-9;-~]+:/.test(text);
}

/**
 * Stronger than a header line, for files that do not say they are mail: a
 * header block that has at least one of the fields every mail carries, and is
 * not a calendar ("BEGIN:VCALENDAR" also reads as a header line).
 */
export function looksLikeMail(text: string): boolean {
  if (!startsWithHeaderLine(text) || /^BEGIN:/i.test(text)) return false;
  return /^(?:from|date|subject|message-id|received|return-path|delivered-to):/im.test(text);
}
