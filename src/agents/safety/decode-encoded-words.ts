/**
 * RFC 2047 encoded words (`=?us-ascii?Q?=3Chttps=3A...?=`) in a raw header value,
 * decoded. Some mailing services (Klaviyo among them) encode List-Unsubscribe
 * this way; judged raw, such a header looks like no URI at all and would read
 * as a forged list header. Undecodable words are left as they are.
 */

const encodedWord = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
/** Whitespace between two encoded words is not part of the text (RFC 2047 §6.2). */
const gapBetweenWords = /(\?=)\s+(?==\?)/g;

function bytesToText(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function decodeWord(charset: string, encoding: string, text: string): string | null {
  if (encoding.toLowerCase() === 'b') {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
    return bytesToText(Uint8Array.from(Buffer.from(text, 'base64')), charset);
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return bytesToText(Uint8Array.from(bytes), charset);
}

export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(gapBetweenWords, '$1')
    .replace(
      encodedWord,
      (whole, charset: string, encoding: string, text: string) =>
        decodeWord(charset, encoding, text) ?? whole,
    );
}
