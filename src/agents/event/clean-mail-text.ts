/**
 * The part of a mail its sender wrote just now: quoted replies, forwarded
 * messages and signatures are cut (Lotus Notes and old Outlook markers too,
 * see ../triage/notes-history.ts), so an old "Tuesday at 3" in the quoted
 * history or office hours in a signature are not read as a new proposal.
 */

import { cutNotesHistory } from '../triage/notes-history.js';

/** Lines that start the quoted history in the common clients. */
const historyMarkers: RegExp[] = [
  /^\s*On .{4,200}wrote:\s*$/i, // Gmail, Apple Mail ("On Tue, 3 Nov 2026 at 10:00, Grace <g@x> wrote:")
  /^\s*Am .{4,200}schrieb .{0,200}:\s*$/i,
  /^\s*Le .{4,200}a écrit\s*:\s*$/i,
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook's rule above "From: ... Sent: ..."
  /^\s*From:\s.+$/i, // Outlook without the rule; only counts when "Sent:" or "Date:" follows
];

const signOff =
  /^\s*(?:best|best regards|kind regards|warm regards|regards|cheers|thanks|thank you|many thanks|sincerely|all the best|br|ttyl)[,.!]?\s*$/i;

function isHistoryStart(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  for (const marker of historyMarkers) {
    if (!marker.test(line)) continue;
    if (marker.source.startsWith('^\\s*From:')) {
      const next = `${lines[index + 1] ?? ''}\n${lines[index + 2] ?? ''}`;
      return /^\s*(?:Sent|Date):/im.test(next);
    }
    return true;
  }
  // A wrapped Gmail attribution: "On Tue, 3 Nov 2026 at 10:00, Grace Hopper <" / "grace@x> wrote:"
  return /^\s*On .{4,200}$/i.test(line) && /wrote:\s*$/i.test(lines[index + 1] ?? '');
}

export function cleanMailText(body: string): string {
  const lines = cutNotesHistory(body).replaceAll('\r\n', '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isHistoryStart(lines, i)) break;
    // "-- " is the standard signature separator; many clients drop the space.
    if (/^--\s?$/.test(line)) break;
    if (/^\s*Sent from my /i.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  // A sign-off near the end ("Best,\nAda\nHead of X\n+44 ...") starts the signature.
  for (let i = kept.length - 1; i >= 1; i--) {
    if (kept.length - i > 8) break;
    if (signOff.test(kept[i] ?? '') && kept.slice(0, i).some((l) => l.trim() !== '')) {
      kept.length = i;
      break;
    }
  }
  // Curly apostrophes (won’t, let’s) read like straight ones.
  return kept
    .join('\n')
    .replaceAll(/[\u2018\u2019]/g, "'")
    .trim();
}
