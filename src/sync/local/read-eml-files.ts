/**
 * .eml files: every file ending in .eml under a folder (recursively, sorted
 * so two runs see the same order), or one file. Yields bytes plus mtime,
 * which stands in for a missing Date header.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

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
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.eml')) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

export async function readEmlFile(path: string, base: string, maxBytes: number): Promise<EmlFile> {
  const info = await stat(path);
  const relativePath = (relative(base, path) || path).split(sep).join('/');
  if (info.size > maxBytes)
    return { relativePath, raw: Buffer.alloc(0), mtime: info.mtime, oversizeBytes: info.size };
  return { relativePath, raw: await readFile(path), mtime: info.mtime };
}
