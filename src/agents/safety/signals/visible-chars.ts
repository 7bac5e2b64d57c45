/** True when `text` has fewer than `limit` non-blank characters; stops counting at the limit. */
export function fewerVisibleChars(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160 && ++count >= limit) return false;
  }
  return true;
}
