/** Formal or friendly, from the words the user leaves in the drafts they edit. */
import type { UserPreferences } from '../preferences.js';
import { ownText } from './own-text.js';
import { TONE_MIN_SHARE, TONE_MIN_VOTES, TONE_WINDOW } from './preference-rules.js';
import type { SignalFacts } from './signal-facts.js';

const formalMarkers = [
  /^dear\b/im,
  /\b(kind|best|warm)(est)? regards\b/i,
  /\byours (sincerely|faithfully)\b/i,
  /^sincerely\b/im,
  /\bI would be (grateful|pleased)\b/i,
  /\bplease (find|do not hesitate)\b/i,
  /\bI look forward to\b/i,
];

const friendlyMarkers = [
  /^(hi|hey|hiya|hello)\b/im,
  /\bcheers\b/i,
  /!/,
  /(:\)|;\)|:D|\p{Extended_Pictographic})/u,
  /^(thanks|ta)[!,]?$/im,
];

const score = (text: string, markers: RegExp[]) => markers.filter((m) => m.test(text)).length;

export function toneOf(body: string): 'formal' | 'friendly' | undefined {
  const text = ownText(body);
  const formal = score(text, formalMarkers);
  const friendly = score(text, friendlyMarkers);
  if (formal === friendly) return undefined;
  return formal > friendly ? 'formal' : 'friendly';
}

export function learnTone(
  edits: SignalFacts[],
): { value: UserPreferences['tone']; votes: number; of: number } | undefined {
  const bodies = edits
    .map((e) => e.finalBody)
    .filter((b): b is string => b !== undefined)
    .slice(0, TONE_WINDOW);
  const votes = { formal: 0, friendly: 0 };
  for (const body of bodies) {
    const tone = toneOf(body);
    if (tone) votes[tone] += 1;
  }
  const leaning = votes.formal + votes.friendly;
  const winner = votes.formal > votes.friendly ? 'formal' : 'friendly';
  const count = votes[winner];
  if (count < TONE_MIN_VOTES || count / leaning < TONE_MIN_SHARE) return undefined;
  return { value: winner, votes: count, of: bodies.length };
}
