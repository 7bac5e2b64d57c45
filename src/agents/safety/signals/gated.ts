/**
 * A phrase pattern with the key words that must occur before it is tried, so
 * the regular expression only runs on mail that can match it.
 */
export interface Gated {
  /** At least one of these words must occur before the pattern is tried. */
  words: readonly string[];
  /** Or, instead of words, this piece of text (for gates that are not words, like "%"). */
  contains?: string;
  pattern: RegExp;
}

export function gated(words: string, pattern: RegExp): Gated {
  return { words: words.split(' '), pattern };
}

/** Gated by a piece of text rather than a word: "%" never shows up in the word set. */
export function containing(text: string, pattern: RegExp): Gated {
  return { words: [], contains: text, pattern };
}
