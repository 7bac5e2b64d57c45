/**
 * Rough sentence splitting for plain mail text: good enough to pick summary
 * sentences and to find the sentence a deadline sits in, cheap enough to run
 * on every message. List items and lines of a paragraph that end with
 * punctuation count as sentences of their own, except a list that finishes
 * the question its lead-in opened ("Could you send a quote that: - cuts...,
 * - moves...?"): that is one question, and reads as one.
 */

const listItem = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/;
// After . ! ? and before a capital or digit, but not after "a.m." / "p.m." / "e.g." / "Mr.".
const boundary =
  /(?<=[.!?])(?<!\b(?:[ap]\.m|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|vs|etc|approx|No)\.)\s+(?=["'([]?[\p{Lu}\d])/u;

const shortLine = 50;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let current = '';
    let previousLength = 0;
    // A line ending with ":" and the list items right after it, held until we know how the list ends.
    let leadIn: string | undefined;
    let items: string[] = [];
    const closeList = () => {
      const last = items.at(-1);
      if (leadIn !== undefined && last?.endsWith('?')) sentences.push(`${leadIn} ${items.join(' ')}`);
      else sentences.push(...(leadIn === undefined ? [] : leadIn.split(boundary)), ...items);
      leadIn = undefined;
      items = [];
    };
    for (const rawLine of paragraph.split('\n')) {
      const line = rawLine.trim();
      if (line === '') continue;
      if (listItem.test(line)) {
        if (current) sentences.push(...current.split(boundary));
        current = '';
        items.push(line.replace(listItem, ''));
        continue;
      }
      if (leadIn !== undefined || items.length > 0) closeList();
      // A short line without closing punctuation followed by a capital is a line of its own
      // ("Amount due: £120.00" above "Payment due 10 March"); long lines are hard-wrapped text.
      if (current && previousLength < shortLine && !/[,;\-–]$/.test(current) && /^[\p{Lu}\d]/u.test(line)) {
        sentences.push(...current.split(boundary));
        current = '';
      }
      current = current ? `${current} ${line}` : line;
      previousLength = line.length;
      // A line ending with a colon ("Agenda:") closes the run, so it does not glue to what follows.
      if (line.endsWith(':')) {
        leadIn = current;
        current = '';
      }
    }
    if (leadIn !== undefined || items.length > 0) closeList();
    if (current) sentences.push(...current.split(boundary));
  }
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}
