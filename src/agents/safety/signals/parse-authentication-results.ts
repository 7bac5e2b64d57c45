/**
 * Reads the verdicts a receiving server wrote into Authentication-Results
 * (RFC 8601) and Received-SPF. Only the first Authentication-Results counts:
 * it is the one the user's own provider added on arrival; lower ones were
 * written by hops the sender controls and may be forged.
 */
export type AuthVerdict =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'other';

export interface AuthResults {
  /** False when the mail carries no such header: absence is not failure. */
  present: boolean;
  spf: AuthVerdict | null;
  /** One entry per DKIM signature checked. */
  dkim: Array<{ result: AuthVerdict; domain: string | null }>;
  dmarc: AuthVerdict | null;
  /** Microsoft's composite verdict (implicit DMARC for domains without a policy). */
  compauth: AuthVerdict | null;
  /** Domain the envelope sender (SPF) belonged to. */
  mailFrom: string | null;
}

const methodResult = /\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)/gi;
const headerD = /^[^;]*?header\.(?:d|i)\s*=\s*@?([a-z0-9.-]+)/i;
const mailFromDomain = /smtp\.mailfrom\s*=\s*(?:[^@\s;]*@)?([a-z0-9.-]+)/i;

function verdict(raw: string): AuthVerdict {
  const value = raw.toLowerCase();
  switch (value) {
    case 'pass':
    case 'fail':
    case 'softfail':
    case 'neutral':
    case 'none':
    case 'temperror':
    case 'permerror':
      return value;
    case 'hardfail':
      return 'fail';
    default:
      return 'other';
  }
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseAuthenticationResults(headers: Record<string, string | string[]>): AuthResults {
  const result: AuthResults = {
    present: false,
    spf: null,
    dkim: [],
    dmarc: null,
    compauth: null,
    mailFrom: null,
  };
  const header = firstValue(headers['authentication-results']);
  if (header) {
    result.present = true;
    // Each method's result is followed by its properties up to the next ';'.
    methodResult.lastIndex = 0;
    for (let match = methodResult.exec(header); match; match = methodResult.exec(header)) {
      const method = match[1]!.toLowerCase();
      const value = verdict(match[2]!);
      const rest = header.slice(match.index + match[0].length);
      if (method === 'spf' && result.spf === null) {
        result.spf = value;
        result.mailFrom =
          mailFromDomain.exec(rest.split(/\b(?:dkim|dmarc|compauth)\s*=/i)[0] ?? '')?.[1] ?? null;
      } else if (method === 'dkim') {
        const domain = headerD.exec(rest.split(/\b(?:spf|dkim|dmarc|compauth)\s*=/i)[0] ?? '')?.[1] ?? null;
        result.dkim.push({
          result: value,
          domain: domain && domain !== 'none' ? domain.toLowerCase() : null,
        });
      } else if (method === 'dmarc' && result.dmarc === null) {
        result.dmarc = value;
      } else if (method === 'compauth' && result.compauth === null) {
        result.compauth = value;
      }
    }
  }
  if (result.spf === null) {
    const receivedSpf = firstValue(headers['received-spf']);
    const word = receivedSpf ? /^\s*([a-z]+)/i.exec(receivedSpf)?.[1] : undefined;
    if (word) {
      result.present = true;
      result.spf = verdict(word);
    }
  }
  return result;
}
