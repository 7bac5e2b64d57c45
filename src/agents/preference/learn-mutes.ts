/**
 * Senders, categories and proposal kinds the user always turns down. One
 * approval, edit or "safe" in the window keeps a sender or category in play;
 * muting is only ever added, never lifted, here.
 */
import { freeMailDomains } from '../../domain/mail/free-mail-domains.js';
import { MUTE_KIND_MIN_REJECTIONS, MUTE_MIN_REJECTIONS, MUTE_WINDOW_DAYS } from './preference-rules.js';
import type { SignalFacts } from './signal-facts.js';

const DAY_MS = 86_400_000;

interface Tally {
  rejected: number;
  accepted: number;
  senders: Set<string>;
}

function tally(signals: SignalFacts[], keyOf: (s: SignalFacts) => string | undefined, countScam: boolean) {
  const tallies = new Map<string, Tally>();
  for (const s of signals) {
    const key = keyOf(s);
    if (!key) continue;
    const t = tallies.get(key) ?? { rejected: 0, accepted: 0, senders: new Set<string>() };
    if (s.signal === 'rejected' || (countScam && s.signal === 'confirmed_scam')) t.rejected += 1;
    else if (s.signal === 'approved' || s.signal === 'edited' || s.signal === 'marked_safe') t.accepted += 1;
    else continue;
    if (s.sender) t.senders.add(s.sender);
    tallies.set(key, t);
  }
  return tallies;
}

function alwaysRejected(tallies: Map<string, Tally>, min: number, extra: (t: Tally) => boolean = () => true) {
  return [...tallies]
    .filter(([, t]) => t.rejected >= min && t.accepted === 0 && extra(t))
    .map(([key]) => key)
    .sort();
}

export interface LearnedMutes {
  senders: string[];
  categories: string[];
  kinds: string[];
}

/** `ownDomains`: the user's own mail domains, never muted as a whole (that would mute colleagues). */
export function learnMutes(signals: SignalFacts[], now: Date, ownDomains: string[] = []): LearnedMutes {
  const since = now.getTime() - MUTE_WINDOW_DAYS * DAY_MS;
  const recent = signals.filter((s) => s.createdAt.getTime() >= since);
  // A confirmed scam is a reason never to hear from that sender again, not from a whole category.
  const domains = alwaysRejected(
    tally(recent, (s) => s.senderDomain, true),
    MUTE_MIN_REJECTIONS,
    (t) => t.senders.size >= 2,
  ).filter((d) => !freeMailDomains.has(d) && !ownDomains.includes(d));
  const inMutedDomain = (sender: string) =>
    domains.some((d) => sender.endsWith(`@${d}`) || sender.endsWith(`.${d}`));
  const addresses = alwaysRejected(
    tally(recent, (s) => s.sender, true),
    MUTE_MIN_REJECTIONS,
  ).filter((a) => !inMutedDomain(a));
  return {
    senders: [...domains.map((d) => `@${d}`), ...addresses],
    categories: alwaysRejected(
      tally(recent, (s) => s.category, false),
      MUTE_MIN_REJECTIONS,
    ),
    kinds: alwaysRejected(
      tally(recent, (s) => s.kind, false),
      MUTE_KIND_MIN_REJECTIONS,
    ),
  };
}

/**
 * Senders the user marked safe, minus those whose latest word was "scam".
 * Signals come newest first, so the first verdict seen per sender is the latest.
 */
export function learnTrustedSenders(signals: SignalFacts[], current: string[]): string[] {
  const latest = new Map<string, 'safe' | 'scam'>();
  for (const s of signals) {
    if (!s.sender || latest.has(s.sender)) continue;
    if (s.signal === 'marked_safe') latest.set(s.sender, 'safe');
    else if (s.signal === 'confirmed_scam') latest.set(s.sender, 'scam');
  }
  const scam = new Set([...latest].filter(([, v]) => v === 'scam').map(([sender]) => sender));
  const kept = current.filter((c) => !scam.has(c.toLowerCase()));
  const present = new Set(kept.map((c) => c.toLowerCase()));
  const added = [...latest]
    .filter(([sender, v]) => v === 'safe' && !present.has(sender))
    .map(([sender]) => sender);
  return [...kept, ...added];
}
