/** The part of a draft the user wrote: without the quoted message below it or a "-- " signature. */

const quoteStarts = [
  /^On .{4,200} wrote:\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}$/i,
  /^_{5,}$/,
  /^From: .+$/,
  /^Am .{4,200} schrieb .+:\s*$/,
  /^Le .{4,200} a écrit\s*:\s*$/,
];

export function ownText(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '--' || line === '-- ') break;
    if (quoteStarts.some((pattern) => pattern.test(trimmed))) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line.trimEnd());
  }
  while (kept.length > 0 && kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}
