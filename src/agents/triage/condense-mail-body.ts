/**
 * Shrinks a mail body to what a classifier needs: the new text of the message.
 * Quoted replies, the thread history under "On ... wrote:", signatures,
 * tracking-length URLs and invisible padding go; then the text is cut at a
 * word boundary. It is a token-saving filter, not a faithful renderer: a
 * message that is all quote keeps its first lines rather than nothing.
 */

/** Lines at which the quoted history of a reply starts. */
const replyHeaders: RegExp[] = [
  /^On\b[^\n]{0,200}(?:\n[^\n]{0,120})?\bwrote:[ \t]*$/m,
  /^Le\b[^\n]{0,200}(?:\n[^\n]{0,120})?a écrit ?:[ \t]*$/m,
  /^Am\b[^\n]{0,200}(?:\n[^\n]{0,120})?schrieb[^\n]{0,120}:[ \t]*$/m,
  /^-{2,}[ \t]*Original Message[ \t]*-{2,}/im,
  /^_{20,}[ \t]*$/m,
  /^From:[^\n]+\n(?:[^\n]+\n){0,3}?(?:Sent|Date):[^\n]+$/m,
];

/** Where a signature or a device footer begins. */
const signatureStarts: RegExp[] = [
  /^-- ?$/m,
  /^Sent from my [^\n]{1,40}$/im,
  /^Get Outlook for [^\n]{1,20}$/im,
];

// Zero-width and soft-hyphen padding that newsletters use to pad preheaders.
const invisible = /\u034F|[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

const longUrl = /\bhttps?:\/\/([^\s/?#<>"']+)[^\s<>"']*/g;

export function condenseMailBody(text: string, maxChars = 600): string {
  let body = text.replaceAll(/\r\n?/g, '\n').replaceAll(invisible, '');
  const cut = earliestMatch(body, [...replyHeaders, ...signatureStarts]);
  const head = cut === undefined ? body : body.slice(0, cut);
  // Keep something when the message is nothing but a quote (e.g. a bare forward).
  if (head.trim().length > 0) body = head;
  const unquoted = body
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  body = unquoted.trim().length > 0 ? unquoted : body.replaceAll(/^[ \t]*(?:>[ \t]?)+/gm, '');
  body = body.replaceAll(longUrl, (url, host: string) => (url.length > 40 ? `[link ${host}]` : url));
  body = body
    .split('\n')
    .map((line) => line.replaceAll(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replaceAll(/\n{3,}/g, '\n\n')
    .trim();
  return truncateAtWord(body, maxChars);
}

function earliestMatch(text: string, patterns: RegExp[]): number | undefined {
  let earliest: number | undefined;
  for (const pattern of patterns) {
    const index = text.search(pattern);
    if (index >= 0 && (earliest === undefined || index < earliest)) earliest = index;
  }
  return earliest;
}

/** Cuts to at most `maxChars` (marker included), preferring a word boundary. */
export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const marker = ' […]';
  const room = Math.max(0, maxChars - marker.length);
  const slice = text.slice(0, room);
  const space = slice.search(/\s\S*$/);
  const cut = (space > room * 0.8 ? slice.slice(0, space) : slice).replace(/\[link [^\]]*$/, '');
  return `${cut.trimEnd()}${marker}`;
}
