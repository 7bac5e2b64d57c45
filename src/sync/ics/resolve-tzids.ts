/**
 * node-ical resolves IANA, Windows and offset TZIDs itself, and Outlook's
 * "Customized Time Zone" through the file's VTIMEZONE. Any other name (Lotus
 * "US-Eastern", "Nowhere/Middle") it silently reads in the host's zone, which
 * makes results depend on the machine. We rename such a TZID so node-ical takes
 * its VTIMEZONE path, or, when the file does not define it, pin it to the
 * user's zone and say so.
 */
import { createRequire } from 'node:module';
import type { ImportProblem } from '../sources.js';

interface TzInfo {
  iana?: string;
  offset?: string;
}

// Not part of node-ical's typed API; guarded so a future layout change degrades to "unknown".
const resolveTZID: (tzid: string) => TzInfo = (() => {
  try {
    const mod = createRequire(import.meta.url)('node-ical/lib/tz-utils.js') as { resolveTZID?: unknown };
    if (typeof mod.resolveTZID === 'function') return mod.resolveTZID as (tzid: string) => TzInfo;
  } catch {
    // fall through
  }
  return () => ({});
})();

const outlookCustom = /^(tzone:\/\/Microsoft\/|Customized Time Zone|\(no TZ description\))/;
const tzidParam = /;TZID=("?)([^";:]+)\1/gi;

function definedTzids(unfolded: string): Set<string> {
  const ids = new Set<string>();
  for (const block of unfolded.match(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE/gi) ?? []) {
    const id = /^TZID:(.*)$/im
      .exec(block)?.[1]
      ?.trim()
      .replace(/^"(.*)"$/, '$1');
    if (id) ids.add(id);
  }
  return ids;
}

function nodeIcalResolves(tzid: string, defined: boolean): boolean {
  if (outlookCustom.test(tzid)) return defined;
  const info = resolveTZID(tzid);
  return Boolean(info.iana || info.offset);
}

export function resolveTzids(
  unfolded: string,
  defaultTimezone: string,
): { text: string; problems: ImportProblem[] } {
  const defined = definedTzids(unfolded);
  const replacements = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const match of unfolded.matchAll(tzidParam)) {
    const tzid = (match[2] ?? '').trim();
    if (replacements.has(tzid) || nodeIcalResolves(tzid, defined.has(tzid))) continue;
    if (defined.has(tzid)) {
      replacements.set(tzid, `Customized Time Zone ${replacements.size + 1}`);
    } else {
      replacements.set(tzid, defaultTimezone);
      problems.push({
        position: `TZID ${tzid}`,
        reason: `unknown time zone; times read in ${defaultTimezone}`,
      });
    }
  }
  if (replacements.size === 0) return { text: unfolded, problems };
  const text = unfolded
    .replace(tzidParam, (whole, _quote: string, tzid: string) => {
      const to = replacements.get(tzid.trim());
      return to ? `;TZID=${to}` : whole;
    })
    .replace(/^TZID:(.*)$/gim, (whole, tzid: string) => {
      const to = replacements.get(tzid.trim().replace(/^"(.*)"$/, '$1'));
      return to ? `TZID:${to}` : whole;
    });
  return { text, problems };
}
