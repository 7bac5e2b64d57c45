/**
 * The part of a mail body its sender actually wrote this time: everything
 * above the quoted thread, without the signature, sign-off block or legal
 * disclaimer. Triage asks "does this ask me something?" and the summary picks
 * sentences from it, so old quoted text must never count. Plain text only;
 * the MIME layer already turned HTML into text.
 */

export interface NewText {
  /** The new text with its original line breaks, trimmed. */
  text: string;
  /** Blocks separated by blank lines. */
  paragraphs: string[];
  /** True when a quoted thread or forwarded message was cut off. */
  hadQuote: boolean;
}

/** Longer bodies are newsletters or logs; nobody writes 20k characters of reply. */
const maxChars = 20_000;

const quotedLine = /^\s*>/;
const attributionStart = /^\s*(?:On|Le|Am|El|Il|Op|På|Den|W dniu)\s.*\S/;
const attributionEnd =
  /(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|napisał|kirjoitti)(?:\s.{0,120})?\s*:\s*$/i;
const separatorLine =
  /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale)\s*-{2,}|Begin forwarded message:|_{10,}|-{10,})\s*$/i;
const outlookFrom = /^\s*\*?(?:From|De|Von|Da|Van)\*?:\s*\S/;
const outlookSent = /^\s*\*?(?:Sent|Date|Envoyé|Gesendet|Datum|Enviado|Inviato|Verzonden)\*?:\s*\S/;
const signatureDelimiter = /^(?:-- ?|__)\s*$/;
const mobileFooter =
  /^\s*(?:Sent from my |Sent from Mail for |Sent from Outlook|Get Outlook for |Envoyé de mon |Von meinem .* gesendet)/i;
const disclaimerStart =
  /^\s*(?:CONFIDENTIALITY|DISCLAIMER|IMPORTANT NOTICE|NOTICE:|This (?:e-?mail|message|communication)(?: and any (?:attachments?|files)[^.]*?)? (?:is|are|may be|contains?) (?:confidential|intended|privileged))/i;
const signOffLine =
  /^\s*(?:best|best regards|best wishes|kind regards|regards|warm regards|warmest regards|many thanks|thanks|thanks again|thank you|thx|cheers|sincerely|yours|yours sincerely|yours truly|all the best|take care|love|speak soon|talk soon|br|mfg|viele grüße|cordialement|bien à vous|saludos|un saluto)[\s,.!]*$/i;

/** Up to three short words without sentence punctuation: "Mum", "Bob x", "G.". */
const bareName = /^[\p{L}][\p{L}'.-]*(?:\s[\p{L}][\p{L}'.-]*){0,2}$/u;

function cutIndex(lines: string[]): { end: number; hadQuote: boolean } {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (separatorLine.test(line)) return { end: i, hadQuote: true };
    const next = lines[i + 1] ?? '';
    const attribution =
      (attributionStart.test(line) && (attributionEnd.test(line) || attributionEnd.test(next))) ||
      (line.includes('@') && attributionEnd.test(line));
    if (attribution) return { end: i, hadQuote: true };
    if (outlookFrom.test(line) && lines.slice(i + 1, i + 4).some((l) => outlookSent.test(l)))
      return { end: i, hadQuote: true };
    if (signatureDelimiter.test(line) || mobileFooter.test(line) || disclaimerStart.test(line))
      return { end: i, hadQuote: false };
  }
  return { end: lines.length, hadQuote: false };
}

/** Drops "Best,\nGrace\nHead of Sales\n+44 ..." at the end: a sign-off line followed by a few short lines. */
function dropSignOff(lines: string[], senderFirstName: string | undefined): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  for (let i = end - 1; i >= 0 && end - i <= 6; i--) {
    const line = lines[i] ?? '';
    if (signOffLine.test(line)) {
      const tail = lines.slice(i + 1, end).filter((l) => l.trim() !== '');
      if (tail.every((l) => l.trim().length <= 60)) return lines.slice(0, i);
    }
  }
  // A bare name on its own at the end ("Grace", "Mum", "Bob x") is a signature too.
  const lastLine = (lines[end - 1] ?? '').trim();
  const blankBefore = end >= 2 && (lines[end - 2] ?? '').trim() === '';
  const last = lastLine.replace(/[,.!]+$/, '');
  if (senderFirstName && last.toLowerCase() === senderFirstName.toLowerCase()) return lines.slice(0, end - 1);
  if (blankBefore && bareName.test(lastLine)) return lines.slice(0, end - 1);
  return lines.slice(0, end);
}

export function extractNewText(body: string, options: { senderName?: string | null } = {}): NewText {
  const normalised = body.slice(0, maxChars).replaceAll(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  const { end, hadQuote } = cutIndex(lines);
  const unquoted = lines.slice(0, end).filter((line) => !quotedLine.test(line));
  const firstName = options.senderName?.trim().split(/\s+/)[0];
  const kept = dropSignOff(unquoted, firstName);
  const text = kept
    .join('\n')
    .replaceAll(/\n{3,}/g, '\n\n')
    .trim();
  const paragraphs = text === '' ? [] : text.split(/\n\s*\n/).map((p) => p.trim());
  return { text, paragraphs, hadQuote: hadQuote || unquoted.length < end };
}
