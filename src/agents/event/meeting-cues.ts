/**
 * The words that make a sentence a meeting proposal, and the sentence split
 * they are judged on. English only: other languages fall to the LLM path or
 * propose nothing.
 */

/** Something to meet for. */
export const meetingCue =
  /\b(?:meet|meeting|catch(?:ing)?[- ]?up|call|chat|talk|speak|sync|get together|coffee|lunch|breakfast|dinner|drinks|hop on|jump on|video|zoom|teams|demo|interview|walkthrough|appointment|1:1|one-on-one|session|discuss)\b/i;

/** Asking after, or offering, the user's time. */
export const availabilityCue =
  /\b(?:are you (?:free|available|around)|you free|free (?:on|at)|available (?:on|at)|(?:does|would|will) .{1,40} (?:work|suit)|would (?:work|suit)|works? (?:well )?for (?:you|me|us)|suits? (?:you|me|us)|i(?:'m| am) free|is .{1,30} (?:ok|okay|good) for you|any chance)\b/i;

/** A question or a suggestion, as opposed to a statement of fact. */
export const proposalCue =
  /\?|\b(?:can we|could we|shall we|should we|let'?s|let us|how about|what about|would you|want to|wanna|i'?d (?:like|love) to|i propose|i suggest|i can do|suggest|propose|please (?:come|join)|invite you|schedule|set up|book)\b/i;

/**
 * A meeting being announced or set up rather than asked for: "a conference
 * call has been scheduled 12/4 4PM", "the call will be December 14th from
 * 1:30", "Date: Tuesday, 10/30/01 Time: 1:00 p.m.". Only counts in a sentence
 * that names something to meet for (meetingCue), like the other cues.
 */
export const announcementCue =
  /\b(?:(?:has|have) been (?:scheduled|set up|booked|moved|rescheduled|confirmed)|(?:is|are) (?:scheduled|booked|confirmed|set) (?:for|on|at)|scheduled (?:for|on)|will (?:be held|take place)|will be (?:on|at|from|held)\b|will be (?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))|is as follows|(?:date|time|when)\s*:)/i;

/** The time is being declined or reported, not offered. */
export const negativeCue =
  /\b(?:can'?t|cannot|won'?t|couldn'?t|unable|not (?:free|available|around)|busy|out of (?:the )?office|ooo|on (?:leave|holiday|vacation)|away|instead of|cancel(?:led|ed)?|moved from)\b/i;

export const pastCue = /\b(?:last|yesterday|ago|earlier today|this morning)\b/i;

/** "Meeting notes" or "Accepted: Sync" name a meeting but ask for none. */
export const reportSubject =
  /\b(?:notes|minutes|recap|summary|agenda|recording|accepted|declined|cancel+ed|invitation|updated)\b/i;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  // "2.30pm" and "p.m." do not end a sentence: only punctuation before a space does. A single line
  // break does not either (plain text is hard-wrapped at ~72 columns); a blank line does.
  const pattern = /(?:[^.!?\n]|\n(?![ \t]*\n)|[.!?]+(?=[^\s.!?]))+(?:[.!?]+(?=\s|$)|\n[ \t]*\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0].trim()) out.push({ start, end: start + match[0].length, text: match[0] });
  }
  return out;
}

/** The clause a date sits in: a refusal elsewhere in the sentence ("I can't do Monday, but") does not count. */
/** The rest of the sentence's paragraph ("... Tuesday at 3? Alan can join. 45 minutes is plenty."). */
export function paragraphAfter(text: string, sentence: Sentence): string {
  const rest = text.slice(sentence.end, sentence.end + 400);
  const blank = /\n[ \t]*\n/.exec(rest);
  return blank ? rest.slice(0, blank.index) : rest;
}

export function clauseAround(sentence: Sentence, index: number, length: number): string {
  const before = sentence.text.slice(0, index - sentence.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.toLowerCase().lastIndexOf(' but '),
  );
  return sentence.text.slice(cut + 1, index - sentence.start + length);
}
