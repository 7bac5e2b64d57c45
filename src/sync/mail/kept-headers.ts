/**
 * The headers agents read (keptHeaders), as raw unfolded strings keyed by
 * lower-case name; a repeated header becomes an array in message order.
 */
import type { HeaderLines } from 'mailparser';
import { keptHeaders as names } from '../../domain/items/normalised-item.js';

const kept = new Set<string>(names);
const maxValueChars = 4000;

export function keptHeaders(lines: HeaderLines): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const { key, line } of lines) {
    if (!kept.has(key)) continue;
    const colon = line.indexOf(':');
    const value = line
      .slice(colon + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
      .slice(0, maxValueChars);
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/** The raw value of the first header line named `key`. */
export function rawHeader(lines: HeaderLines, key: string): string | undefined {
  const line = lines.find((l) => l.key === key)?.line;
  if (line === undefined) return undefined;
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}
