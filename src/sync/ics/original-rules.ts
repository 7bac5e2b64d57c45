/**
 * The RRULE of each series as the file wrote it. node-ical replaces it with
 * rrule-temporal's rewrite (parts reordered, UNTIL moved to UTC); we report
 * what the organiser's calendar said.
 */
const veventBlock = /BEGIN:VEVENT\r?\n[\s\S]*?END:VEVENT/gi;

export function originalRules(unfolded: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const block of unfolded.match(veventBlock) ?? []) {
    if (/^RECURRENCE-ID[;:]/im.test(block)) continue;
    const uid = /^UID:(.*)$/im.exec(block)?.[1]?.trim();
    // node-ical keeps the last RRULE when there are several; so do we.
    const rule = [...block.matchAll(/^RRULE:(.*)$/gim)].at(-1)?.[1]?.trim();
    if (uid && rule) rules.set(uid, rule);
  }
  return rules;
}
