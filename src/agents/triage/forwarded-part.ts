/**
 * The forwarded message inside a forward ("FW: Staff meeting", "----- Forwarded
 * by Ann ..."), so a meeting notice passed on with "FYI" or "please attend"
 * still reads as meeting mail. Only forwards: the quoted history of a reply
 * holds old proposals the thread has moved past.
 */

const forwardSubject = /^\s*(?:re:\s*)*(?:fw|fwd|wg|tr)\s*:/i;
/** Lotus Notes, Outlook, Gmail and Apple Mail forward markers. */
const forwardMarker =
  /^\s*(?:-{3,}\s*(?:Forwarded by\b|Forwarded message\b|Original Message\b)|Begin forwarded message:)/im;
/** Enough for a notice's date, time and room; forwarded threads can run to pages. */
const maxChars = 2_000;

export function forwardedPart(subject: string, body: string): string {
  const marker = forwardMarker.exec(body);
  if (!marker) return '';
  // "Original Message" also starts the history of plain replies: it counts only under a forward subject.
  const isForward = /forward/i.test(marker[0]) || forwardSubject.test(subject);
  if (!isForward) return '';
  return body.slice(marker.index + marker[0].length, marker.index + marker[0].length + maxChars);
}
