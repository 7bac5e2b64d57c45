/**
 * Mail files under a folder (recursively, sorted so two runs see the same
 * order): every .eml, and any other file that opens with a header line, as
 * Maildir folders and the SpamAssassin corpus store mail without an ending.
 * Yields bytes plus mtime, which stands in for a missing Date header.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { looksLikeMail, readFileHead } from './file-head.js';

export interface EmlFile {
  /** Relative to the imported folder, with "/" separators: "2024/inbox/0042.eml". */
  relativePath: string;
  raw: Buffer;
  mtime: Date;
  /** Set when the file was larger than allowed; `raw` is then empty. */
  oversizeBytes?: number;
}

export async function listEmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string) => {
    const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && (await isMailFile(path, entry.name))) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

async function isMailFile(path: string, name: string): Promise<boolean> {
  if (name.toLowerCase().endsWith('.eml')) return true;
  if (name.startsWith('.')) return false;
  // Unreadable here: not taken. A file we cannot open is no mail we could import.
  return looksLikeMail(await readFileHead(path).catch(() => ''));
}

export async function readEmlFile(path: string, base: string, maxBytes: number): Promise<EmlFile> {
  const info = await stat(path);
  const relativePath = (relative(base, path) || path).split(sep).join('/');
  if (info.size > maxBytes)
    return { relativePath, raw: Buffer.alloc(0), mtime: info.mtime, oversizeBytes: info.size };
  return { relativePath, raw: await readFile(path), mtime: info.mtime };
}
