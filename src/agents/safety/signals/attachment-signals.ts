/**
 * Attachments that run code or open a local phishing page: programs and
 * scripts, disk images that smuggle them past filters, HTML/SVG pages, macro
 * documents, double extensions, and archives whose password sits in the body.
 * Also the bare "invoice" or "tax refund" document from a free-mail stranger
 * (see billDocumentLure), where the lure is inside the attachment.
 */
import type { MailFacts } from '../mail-facts.js';
import { billDocumentLure } from './bill-document-lure.js';
import type { Signal } from './signal.js';

const executable =
  /\.(?:exe|scr|com|pif|bat|cmd|js|jse|vbs|vbe|wsf|wsh|hta|lnk|msi|msix|appx|ps1|psm1|jar|cpl|reg|dll|chm|scf|url|application|gadget|msp|mst)$/i;
const diskImage = /\.(?:iso|img|vhd|vhdx|udf)$/i;
const webPage = /\.(?:html?|shtml|xhtml|mht|mhtml|svg|svgz)$/i;
const macroDocument = /\.(?:docm|dotm|xlsm|xltm|xlam|xlsb|pptm|potm|ppsm|sldm)$/i;
const archive = /\.(?:zip|rar|7z|ace|arj|cab|gz|tgz|tar|bz2|xz|z|lzh|r\d\d)$/i;
const decoyThenReal = /\.(?:pdf|docx?|xlsx?|jpe?g|png|txt|rtf)\.[a-z0-9]{2,5}$/i;
const executableType = /(?:x-msdownload|x-msdos-program|x-ms-installer|x-sh|javascript|x-bat|hta|vbscript)/i;
const archivePassword =
  /\b(?:password|passcode|pass|senha|contraseña|mot de passe|kennwort|passwort)\s*(?:is|:|=|-)\s*\S{3,}/i;

export function attachmentSignals(facts: MailFacts): Signal[] {
  const out: Signal[] = [];
  const seen = new Set<string>();
  const add = (signal: Signal) => {
    if (seen.has(signal.id)) return;
    seen.add(signal.id);
    out.push(signal);
  };
  for (const attachment of facts.item.attachments) {
    const name = attachment.filename.trim();
    if (executable.test(name) || executableType.test(attachment.contentType)) {
      add({
        id: 'attachment.executable',
        weight: 1.1,
        reason: `The attachment ${name} is a program or script`,
      });
    } else if (diskImage.test(name)) {
      add({
        id: 'attachment.disk-image',
        weight: 0.9,
        reason: `The attachment ${name} is a disk image, a common way to smuggle malware`,
      });
    } else if (webPage.test(name) || /text\/html|image\/svg/i.test(attachment.contentType)) {
      add({
        id: 'attachment.web-page',
        weight: 0.7,
        reason: `The attachment ${name || 'without a name'} is a web page that can imitate a login form`,
      });
    } else if (macroDocument.test(name)) {
      add({
        id: 'attachment.macro',
        weight: 0.6,
        reason: `The attachment ${name} is a document with macros`,
      });
    } else if (archive.test(name) && archivePassword.test(facts.text)) {
      add({
        id: 'attachment.protected-archive',
        weight: 0.6,
        reason: `The archive ${name} comes with its password in the mail, which hides its content from scanners`,
      });
    }
    if (decoyThenReal.test(name) && !/\.(?:pdf|docx?|xlsx?|jpe?g|png|txt|rtf)$/i.test(name)) {
      add({
        id: 'attachment.double-extension',
        weight: 0.4,
        reason: `The attachment ${name} hides its real type`,
      });
    }
  }
  const lure = billDocumentLure(facts);
  if (lure) add(lure);
  return out;
}
