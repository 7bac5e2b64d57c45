/**
 * Does a domain label look machine-generated ("n0ebrxezad", "219169rctaregular",
 * "korolui-58091")? Throwaway sending domains and platform tenants are often
 * random strings; companies pick pronounceable names. Deliberately narrow:
 * only long labels, and only digits mixed into letters, long digit runs or
 * consonant clusters no language uses.
 */
const vowels = /[aeiouy]/g;

export function looksRandom(label: string): boolean {
  const value = label.toLowerCase();
  if (value.length < 6 || value.startsWith('xn--')) return false;
  const letters = value.replace(/[^a-z]/g, '');
  const digits = value.replace(/[^0-9]/g, '');
  // Letters with digits inside them (n0ebrxezad), or a long number glued to a word.
  if (/[a-z]\d+[a-z]/.test(value) && letters.length >= 4) return true;
  if (digits.length >= 4 && letters.length >= 4) return true;
  if (letters.length >= 6 && (letters.match(vowels)?.length ?? 0) === 0) return true;
  return /[bcdfghjklmnpqrstvwxz]{6,}/.test(letters);
}
