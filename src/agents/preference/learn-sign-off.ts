/**
 * The sign-off is the closing the user keeps writing when they edit drafts:
 * a closing phrase on its own line plus at most two short name lines
 * ("Cheers,\nSam").
 */
import { ownText } from './own-text.js';
import { SIGN_OFF_MIN_REPEATS, SIGN_OFF_WINDOW } from './preference-rules.js';
import type { SignalFacts } from './signal-facts.js';

const closingPattern =
  /^(best( wishes| regards)?|(kind|warm)(est)? regards|regards|many thanks|thanks( again| so much)?|thank you|with thanks|cheers|all the best|sincerely|yours( sincerely| faithfully| truly)?|take care|speak soon|talk soon|love|bw|br|ta|x{1,3})[,.!]*$/i;

const MAX_NAME_LINES = 2;
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 4;

function isNameLine(line: string): boolean {
  return line.length <= MAX_NAME_CHARS && line.split(/\s+/).length <= MAX_NAME_WORDS && !/[.?:]$/.test(line);
}

/** "Cheers,\nSam" from the end of a body; undefined when it does not end with a closing. */
export function signOffOf(body: string): string | undefined {
  const lines = ownText(body)
    .split('\n')
    .map((l) => l.trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  for (let names = 0; names <= MAX_NAME_LINES; names += 1) {
    const index = lines.length - 1 - names;
    const closing = lines[index];
    if (closing === undefined || !closingPattern.test(closing)) continue;
    const tail = lines.slice(index + 1);
    if (tail.every((l) => l !== '' && isNameLine(l))) return [closing, ...tail].join('\n');
  }
  return undefined;
}

/** The closing found most often among the latest edits (newest wins a tie), if repeated enough. */
export function learnSignOff(edits: SignalFacts[]): { value: string; count: number; of: number } | undefined {
  const bodies = edits
    .map((e) => e.finalBody)
    .filter((b): b is string => b !== undefined)
    .slice(0, SIGN_OFF_WINDOW);
  const counts = new Map<string, number>();
  for (const body of bodies) {
    const signOff = signOffOf(body);
    if (signOff) counts.set(signOff, (counts.get(signOff) ?? 0) + 1);
  }
  let best: { value: string; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  if (!best || best.count < SIGN_OFF_MIN_REPEATS) return undefined;
  return { ...best, of: bodies.length };
}
