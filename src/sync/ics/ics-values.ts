/**
 * Reads node-ical property values, which are either plain values or
 * `{ params, val }` when the property had parameters.
 */

export function icsText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return icsText(value[0]);
  if (typeof value === 'object' && 'val' in value) return icsText((value as { val: unknown }).val);
  return undefined;
}

export function icsParams(value: unknown): Record<string, string> {
  if (value && typeof value === 'object' && 'params' in value) {
    const params = (value as { params: unknown }).params;
    if (params && typeof params === 'object') {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(params)) out[k.toUpperCase()] = String(v).replace(/^"(.*)"$/, '$1');
      return out;
    }
  }
  return {};
}

/** Repeated properties come as an array, a single one as a value. */
export function icsList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** "mailto:Ada@Example.org" -> "ada@example.org". */
export function calAddress(value: unknown): string | undefined {
  const raw = icsText(value)?.trim();
  if (!raw) return undefined;
  return raw.replace(/^mailto:/i, '').toLowerCase();
}

export interface Person {
  email: string;
  name?: string | undefined;
  status?: string | undefined;
}

export function organizerOf(value: unknown): Person | undefined {
  const email = calAddress(value);
  if (!email) return undefined;
  return { email, name: icsParams(value).CN || undefined };
}

/** Attendees with their PARTSTAT as written (ACCEPTED, NEEDS-ACTION, ...). */
export function attendeesOf(value: unknown): Person[] {
  const out: Person[] = [];
  for (const entry of icsList(value)) {
    const email = calAddress(entry);
    if (!email) continue;
    const params = icsParams(entry);
    out.push({ email, name: params.CN || undefined, status: params.PARTSTAT?.toUpperCase() || undefined });
  }
  return out;
}

/** "PT1H30M", "P1D", "-P1W" -> milliseconds (nominal days of 24h). */
export function parseIcsDuration(value: string): number | undefined {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, sign, w, d, h, min, s] = m;
  const ms =
    ((Number(w ?? 0) * 7 + Number(d ?? 0)) * 86_400 +
      Number(h ?? 0) * 3600 +
      Number(min ?? 0) * 60 +
      Number(s ?? 0)) *
    1000;
  return sign === '-' ? -ms : ms;
}
