/**
 * Where the quoted or forwarded history starts in mail from Lotus Notes and
 * older Outlook, whose markers the generic new-text cut does not know:
 * "----- Forwarded by Ann/HOU/ECT on 12/04/2000 08:45 AM -----" (often
 * wrapped over two lines) and a reply header of the form
 *
 *   Daniel Coleman
 *   12/04/2000 10:52 AM
 *   To: Jeff Youngflesh/NA/Enron@ENRON
 *   cc:
 *   Subject: Vulcan Signs
 *
 * Text below either was written by someone else, so a question in it is not
 * the sender's request and a time in it is not the sender's proposal.
 */

const forwardedBy = /^\s*-{3,}\s*(?:Forwarded by|Original Message|Forwarded message)\b/i;
const toLine = /^\s*To:\s*\S/i;
const ccLine = /^\s*cc:/i;
const subjectLine = /^\s*Subject:/i;
const mayHoldToLine = /to:/i;
/** "12/04/2000 10:52 AM", "From: Ann on 12/12/2000 02:52 PM", "Ann Smith@ECT": no sentence ends here. */
const headerish = /^\s*(?:.{0,80}\d{1,2}\/\d{1,2}\/\d{2,4}.{0,30}|[^.!?]{1,60})\s*$/;

function replyHeaderAt(lines: string[], index: number): boolean {
  if (!toLine.test(lines[index] ?? '')) return false;
  const after = lines.slice(index + 1, index + 8);
  return after.some((l) => ccLine.test(l)) && after.some((l) => subjectLine.test(l));
}

/** The line index where the history starts, or the line count when there is none. */
export function notesHistoryStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (forwardedBy.test(line)) return i;
    if (!replyHeaderAt(lines, i)) continue;
    // The sender's name and the date sit on the (up to three) lines just above "To:".
    let start = i;
    while (start > 0 && i - start < 3) {
      const above = lines[start - 1] ?? '';
      if (above.trim() === '' || !headerish.test(above)) break;
      start--;
    }
    return start;
  }
  return lines.length;
}

/** The body without any Lotus Notes / Outlook history. */
export function cutNotesHistory(body: string): string {
  // Both markers need "---" or a "To:" line: most mail has neither and needs no line split.
  if (!body.includes('---') && !mayHoldToLine.test(body)) return body;
  const lines = body.replaceAll(/\r\n?/g, '\n').split('\n');
  const end = notesHistoryStart(lines);
  return end === lines.length ? body : lines.slice(0, end).join('\n');
}
