/**
 * Does one domain label imitate another? Three tests, all cheap: the same
 * "skeleton" after folding confusable characters (paypa1 / rnicrosoft /
 * Cyrillic а), an edit distance of one or two, or the real name plus a
 * phishy word ("paypal-secure", "microsoftverify").
 */
const confusables: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  i: 'l',
  '|': 'l',
  // Cyrillic and Greek letters that render like Latin ones.
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'l',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ո: 'n',
  ν: 'v',
  ο: 'o',
  α: 'a',
  ı: 'l',
  ӏ: 'l',
  ɡ: 'g',
};

/** Folds a label to the characters a reader would see; "rn" reads as "m", "vv" as "w". */
export function skeleton(label: string): string {
  let out = '';
  for (const char of label.normalize('NFKD').toLowerCase()) {
    if (char >= '\u0300' && char <= '\u036f') continue; // combining accents
    if (char === '-' || char === '_' || char === '.') continue;
    out += confusables[char] ?? char;
  }
  return out.replaceAll('rn', 'm').replaceAll('vv', 'w').replaceAll('cl', 'd');
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

const phishyWords =
  /^(?:secure|security|login|log|signin|verify|verification|account|accounts|support|service|services|help|update|billing|online|auth|id|wallet|alert|alerts|notice|team|web|app|portal|access|recovery|center|centre|customer|care|official|info|confirm|pay|payment|refund|claim|bonus|reward|check|safe|protect)$/;

/**
 * True when `candidate` (a registrable-domain label, or its Unicode form)
 * imitates `real` without being it. Labels shorter than 4 characters are only
 * compared by skeleton: "ups" and "uber" are one edit from too many words.
 */
export function imitates(candidate: string, real: string): boolean {
  if (candidate === real || real.length < 3) return false;
  const candidateSkeleton = skeleton(candidate);
  const realSkeleton = skeleton(real);
  if (candidateSkeleton === realSkeleton) return true;
  if (real.length >= 5) {
    const allowed = real.length >= 9 ? 2 : 1;
    if (boundedEditDistance(candidateSkeleton, realSkeleton, allowed) <= allowed) return true;
  }
  if (real.length >= 4) {
    // "paypal-secure", "micros0ft-365-support": one hyphenated part is (a look-alike of) the name.
    const parts = candidate.split(/[-_.]+/).filter((part) => part.length > 0);
    if (parts.length > 1) {
      for (const part of parts) {
        if (part === real || skeleton(part) === realSkeleton) return true;
        // One letter off counts only when the part starts like the name: "online" is not "t-online".
        if (
          real.length >= 6 &&
          part[0] === real[0] &&
          boundedEditDistance(skeleton(part), realSkeleton, 1) <= 1
        )
          return true;
      }
    }
    if (candidate.startsWith(real) && phishyWords.test(candidate.slice(real.length).replace(/^[-_]/, '')))
      return true;
    if (candidate.endsWith(real) && phishyWords.test(candidate.slice(0, -real.length).replace(/[-_]$/, '')))
      return true;
  }
  return false;
}
