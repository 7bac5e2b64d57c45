/**
 * A mail that is little more than an attached invoice, receipt, payment or
 * tax-refund document, sent from a free-mail account: no link to check, a
 * line or two of text, and the lure inside the file (a PDF with a link or a
 * QR code, a fake invoice). Tradespeople and freelancers do invoice from
 * free mail, so this alone stays weak; it counts more when the display name
 * has nothing to do with the address ("Manuel Nelson" <chxydtwen@...>), as
 * accounts made in bulk have, and it adds up with an organisation's name on
 * the free-mail account (see sender-signals).
 */
import type { MailFacts } from '../mail-facts.js';
import type { Signal } from './signal.js';
import { fewerVisibleChars } from './visible-chars.js';

const documentName = /\.(?:pdf|docx?|xlsx?|odt|ods|rtf|zip|rar|7z|html?)$/i;
const documentType = /pdf|msword|officedocument|opendocument|rtf|zip|rar|7z|html/i;
/** Invoice, payment, refund and tax words, in the languages the honeypots see most. */
const billWords =
  /\b(?:invoices?|receipts?|remittance|payments?|paid|refunds?|tax|taxes|statements?|bill|billing|purchase order|quotation|fatura|factura|facture|rechnung|recibo|re[çc]u|boleto|nota fiscal|comprovante|pagamento|pago|paiement|zahlung|restitui[çc][ãa]o|reembolso|remboursement|erstattung|imposto|irpf|impuesto|imp[ôo]ts?|steuer|extrato|mahnung)\b/;
/** A cover note, not a letter: fewer visible characters than this. */
const maxNoteChars = 300;

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 2);
}

/** "Tom Baker" fits tom.baker.design@, tbaker77@ and tb1987@; "Manuel Nelson" does not fit chxydtwen@. */
export function nameFitsAddress(name: string, address: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return true;
  const local = address
    .slice(0, address.indexOf('@'))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (words.some((word) => word.length >= 3 && local.includes(word.slice(0, 4)))) return true;
  const initials = words.map((word) => word[0]).join('');
  if (initials.length >= 2 && local.startsWith(initials)) return true;
  const last = words[words.length - 1] ?? '';
  return words.length > 1 && local.startsWith(`${words[0]![0]}${last.slice(0, 3)}`);
}

export function billDocumentLure(facts: MailFacts): Signal | null {
  if (!facts.fromIsFree || !fewerVisibleChars(facts.item.bodyText, maxNoteChars)) return null;
  if (facts.links.some((link) => link.scheme === 'http' || link.scheme === 'https')) return null;
  const documents = facts.item.attachments.filter(
    (attachment) => documentName.test(attachment.filename) || documentType.test(attachment.contentType),
  );
  if (documents.length === 0) return null;
  // "Rechnung_0311.pdf": underscores and digits would hide the word from \b.
  const names = documents.map((attachment) => attachment.filename.toLowerCase().replace(/[_\d.-]+/g, ' '));
  if (!billWords.test(`${facts.text}\n${names.join('\n')}`)) return null;
  const fits = nameFitsAddress(facts.fromName, facts.fromAddress);
  return {
    id: 'attachment.bill-from-free-mail',
    weight: fits ? 0.3 : 0.55,
    reason: fits
      ? `It is little more than an attached invoice, payment or tax document, from the free-mail address ${facts.fromAddress}`
      : `It is little more than an attached invoice, payment or tax document, from ${facts.fromAddress}, an address that does not go with the name "${facts.fromName}"`,
  };
}
