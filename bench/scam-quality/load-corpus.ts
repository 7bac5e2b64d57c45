/**
 * Turns the corpus mbox files into AgentItems the way the app does: through
 * normaliseMime (src/sync/mail/normalise-mime.ts) when it exists. Until that
 * module lands, a small mailparser-based stand-in with the same output shape
 * is used, and the benchmark says so in its output.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { type AgentItem, agentItemFromNormalised } from '../../src/agents/agent-item.js';
import { keptHeaders, type NormalisedItem } from '../../src/domain/items/normalised-item.js';
import { projectRoot } from '../../src/paths.js';
import { readMbox } from './mbox.js';

export type Split = 'dev' | 'test';
/** `spam` is 2002-era bulk spam and scams: scored as "should be flagged", reported apart. */
export type Label = 'phishing' | 'legit' | 'spam';
/** Where a message comes from, for the per-source lines of the benchmark. */
export type CorpusSet =
  | 'phishing_pot'
  | 'phishing_pot-fresh'
  | 'spamassassin-ham'
  | 'spamassassin-ham-rest'
  | 'modern-legit'
  | 'enron'
  | 'spamassassin-spam';

export interface CorpusItem {
  source: string;
  set: CorpusSet;
  label: Label;
  split: Split;
  raw: Buffer;
}

type Normalise = (raw: Buffer, opts: { maxBodyChars: number }) => Promise<NormalisedItem>;

export const corpusDir = join(projectRoot, 'bench', 'corpus');
export const maxBodyChars = 100_000;

export function loadCorpus(): CorpusItem[] {
  const files: Array<{ file: string; set: CorpusSet; label: Label; split: Split }> = [
    { file: 'phishing-dev.mbox', set: 'phishing_pot', label: 'phishing', split: 'dev' },
    { file: 'phishing-test.mbox', set: 'phishing_pot', label: 'phishing', split: 'test' },
    { file: 'phishing-dev-more.mbox', set: 'phishing_pot', label: 'phishing', split: 'dev' },
    { file: 'phishing-test-fresh.mbox', set: 'phishing_pot-fresh', label: 'phishing', split: 'test' },
    { file: 'legit-dev.mbox.gz', set: 'spamassassin-ham', label: 'legit', split: 'dev' },
    { file: 'legit-test.mbox.gz', set: 'spamassassin-ham', label: 'legit', split: 'test' },
    { file: 'legit-rest-dev.mbox.gz', set: 'spamassassin-ham-rest', label: 'legit', split: 'dev' },
    { file: 'legit-rest-test.mbox.gz', set: 'spamassassin-ham-rest', label: 'legit', split: 'test' },
    { file: 'spam-dev.mbox.gz', set: 'spamassassin-spam', label: 'spam', split: 'dev' },
    { file: 'spam-test.mbox.gz', set: 'spamassassin-spam', label: 'spam', split: 'test' },
  ];
  const out: CorpusItem[] = [];
  for (const { file, set, label, split } of files) {
    for (const message of readMbox(join(corpusDir, file))) {
      out.push({
        source: message.source.split(' ')[0] ?? message.source,
        set,
        label,
        split,
        raw: message.raw,
      });
    }
  }
  // One sample per file: phishing_pot samples (split fixed by the folder), Enron messages
  // (split by the parity of the first byte of SHA-256 of the file name).
  for (const split of ['dev', 'test'] as const) {
    const dir = join(corpusDir, 'phishing', split);
    for (const name of listEml(dir)) {
      out.push({
        source: `phishing_pot/email/sample-${name.slice(3, -4)}.eml`,
        set: 'phishing_pot',
        label: 'phishing',
        split,
        raw: readFileSync(join(dir, name)),
      });
    }
  }
  // Modern (2023) newsletters with authentication headers, one per file; split like Enron.
  const modernDir = join(corpusDir, 'modern-legit');
  for (const name of listEml(modernDir)) {
    out.push({
      source: `modern-legit/${name}`,
      set: 'modern-legit',
      label: 'legit',
      split: enronSplit(name),
      raw: readFileSync(join(modernDir, name)),
    });
  }
  const enronDir = join(corpusDir, 'enron');
  for (const name of listEml(enronDir)) {
    out.push({
      source: `enron/${name}`,
      set: 'enron',
      label: 'legit',
      split: enronSplit(name),
      raw: readFileSync(join(enronDir, name)),
    });
  }
  return out;
}

function listEml(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
}

/** Fixed before any scoring: parity of the first byte of SHA-256(file name). */
export function enronSplit(name: string): Split {
  const first = Number.parseInt(createHash('sha256').update(name).digest('hex').slice(0, 2), 16);
  return first % 2 === 0 ? 'dev' : 'test';
}

/** The project's normaliseMime, or null when it is not there yet. */
export async function projectNormaliser(): Promise<Normalise | null> {
  try {
    const path = '../../src/sync/mail/normalise-mime.js';
    const module = (await import(path)) as { normaliseMime?: Normalise };
    return module.normaliseMime ?? null;
  } catch {
    return null;
  }
}

const anchor = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a>/gi;

function decodeEntities(text: string): string {
  return text
    .replaceAll(/&nbsp;/gi, ' ')
    .replaceAll(/&amp;/gi, '&')
    .replaceAll(/&lt;/gi, '<')
    .replaceAll(/&gt;/gi, '>')
    .replaceAll(/&quot;/gi, '"')
    .replaceAll(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replaceAll(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
      .replaceAll(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n')
      .replaceAll(/<[^>]+>/g, ' '),
  )
    .replaceAll(/[ \t]+/g, ' ')
    .replaceAll(/\n\s*\n+/g, '\n\n')
    .trim();
}

/** Stand-in for normaliseMime until it exists: same fields, simpler HTML handling. */
export async function fallbackNormalise(
  raw: Buffer,
  opts: { maxBodyChars: number },
): Promise<NormalisedItem> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const links: Array<{ text: string; href: string }> = [];
  anchor.lastIndex = 0;
  for (let match = anchor.exec(html); match; match = anchor.exec(html)) {
    const href = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (href) links.push({ text: htmlToText(match[4] ?? ''), href });
  }
  const body = parsed.text?.trim() ? parsed.text : htmlToText(html);
  const headers: Record<string, string | string[]> = {};
  for (const line of parsed.headerLines) {
    if (!(keptHeaders as readonly string[]).includes(line.key)) continue;
    const value = line.line
      .slice(line.line.indexOf(':') + 1)
      .replaceAll(/\r?\n[ \t]+/g, ' ')
      .trim();
    const existing = headers[line.key];
    headers[line.key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const addresses = (value: typeof parsed.to) =>
    (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) =>
      group.value.map((entry) => entry.address ?? '').filter((address) => address.length > 0),
    );
  const from = parsed.from?.value[0];
  return {
    kind: 'email',
    externalId: parsed.messageId ?? createHash('sha256').update(raw).digest('hex'),
    fromAddress: from?.address || undefined,
    fromName: from?.name || undefined,
    replyTo: parsed.replyTo?.value[0]?.address || undefined,
    toAddresses: addresses(parsed.to),
    ccAddresses: addresses(parsed.cc),
    subject: parsed.subject ?? '',
    snippet: body.replaceAll(/\s+/g, ' ').slice(0, 140),
    bodyText: body.slice(0, opts.maxBodyChars),
    bodyTruncated: body.length > opts.maxBodyChars,
    receivedAt: parsed.date,
    allDay: false,
    headers,
    links,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? '',
      contentType: attachment.contentType,
      size: attachment.size,
    })),
    data: {},
  };
}

export async function toAgentItem(normalise: Normalise, raw: Buffer, index: number): Promise<AgentItem> {
  const normalised = await normalise(raw, { maxBodyChars });
  return agentItemFromNormalised(normalised, {
    id: `corpus-${index}`,
    accountId: '00000000-0000-4000-8000-000000000001',
    contentHash: createHash('sha256').update(raw).digest('hex'),
  });
}
