/**
 * Runs mailparser's streaming MailParser (what simpleParser wraps) over one
 * raw message. Unlike simpleParser it never buffers attachment bodies, skips
 * checksums and cid->data: URL rewriting, and only keeps the text of a
 * calendar part (capped): a 30 MB attachment costs a byte count, not 30 MB.
 */
import { once } from 'node:events';
import {
  type AttachmentStream,
  type HeaderLines,
  type Headers,
  MailParser,
  type MessageText,
} from 'mailparser';

const sliceBytes = 64 * 1024;

export interface MimeAttachment {
  filename: string | undefined;
  contentType: string;
  size: number;
  disposition: string | undefined;
  /** An image embedded in multipart/related by Content-ID (a logo, an inline picture). */
  related: boolean;
  /** The text of a text/calendar or .ics part, up to the cap. */
  calendarText?: string;
}

export interface MimeContent {
  headers: Headers;
  headerLines: HeaderLines;
  text: string;
  html: string;
  attachments: MimeAttachment[];
}

export function isCalendarPart(contentType: string, filename: string | undefined): boolean {
  return (
    contentType === 'text/calendar' ||
    contentType === 'application/ics' ||
    /\.(ics|ical|vcs)$/i.test(filename ?? '')
  );
}

function charsetOf(attachment: AttachmentStream): string {
  const type = attachment.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  return type?.params?.charset ?? 'utf-8';
}

function decode(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function drain(attachment: AttachmentStream, maxCalendarBytes: number): Promise<MimeAttachment> {
  const keep = isCalendarPart(attachment.contentType, attachment.filename);
  const chunks: Buffer[] = [];
  let size = 0;
  let kept = 0;
  return new Promise((resolve, reject) => {
    attachment.content.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep && kept < maxCalendarBytes) {
        const slice = chunk.subarray(0, maxCalendarBytes - kept);
        chunks.push(slice);
        kept += slice.length;
      }
    });
    attachment.content.once('error', reject);
    attachment.content.once('end', () => {
      attachment.release?.();
      resolve({
        filename: attachment.filename,
        contentType: attachment.contentType,
        size,
        disposition: attachment.contentDisposition,
        related: attachment.related === true,
        ...(keep ? { calendarText: decode(Buffer.concat(chunks), charsetOf(attachment)) } : {}),
      });
    });
  });
}

export function readMime(raw: Buffer, options: { maxCalendarBytes: number }): Promise<MimeContent> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser({
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      checksumAlgo: false,
    });
    let headers: Headers = new Map();
    const pending: Promise<MimeAttachment>[] = [];
    let text = '';
    let html = '';
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      parser.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.on('headers', (h: Headers) => {
      headers = h;
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'attachment') {
        const drained = drain(data, options.maxCalendarBytes);
        drained.catch(fail);
        pending.push(drained);
      } else {
        text = data.text ?? '';
        html = data.html ?? '';
      }
    });
    parser.once('error', fail);
    parser.once('end', () => {
      Promise.all(pending).then((attachments) => {
        if (!failed) resolve({ headers, headerLines: parser.headerLines || [], text, html, attachments });
      }, fail);
    });
    feed(parser, raw).catch(fail);
  });
}

/**
 * Writes in 64 KB slices, waiting for the parser to drain: handed 40 MB at
 * once, mailsplit queues every line of it as an object before MailParser
 * reads the first, and a 30 MB attachment costs 300 MB of memory.
 */
async function feed(parser: MailParser, raw: Buffer): Promise<void> {
  for (let offset = 0; offset < raw.length; offset += sliceBytes) {
    if (!parser.write(raw.subarray(offset, offset + sliceBytes))) await once(parser, 'drain');
  }
  parser.end();
}
