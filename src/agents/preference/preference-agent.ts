/**
 * Learns preferences from the user's decisions: sign-off and tone from edited
 * drafts, meeting length and hours from approved meetings, mutes from what is
 * always rejected, trusted senders from "mark safe". Returns only keys whose
 * learned value differs from the current one, and never a key the user set by
 * hand. Deterministic; proposes nothing.
 */
import { type Agent, type AgentContext, type AgentResult, noUsage } from '../agent.js';
import type { UserPreferences } from '../preferences.js';
import { learnMeetingHours, learnMeetingMinutes } from './learn-meeting-times.js';
import { learnMutes, learnTrustedSenders } from './learn-mutes.js';
import { learnSignOff } from './learn-sign-off.js';
import { learnTone } from './learn-tone.js';
import { signalFacts } from './signal-facts.js';

export type PreferenceUpdate = Partial<UserPreferences>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Existing entries first, new ones appended; case-insensitive for addresses. */
function union(current: string[], added: string[]): string[] {
  const seen = new Set(current.map((c) => c.toLowerCase()));
  return [...current, ...added.filter((a) => !seen.has(a.toLowerCase()))];
}

export class PreferenceAgent implements Agent<PreferenceUpdate> {
  readonly name = 'preference' as const;

  async run(context: AgentContext): Promise<AgentResult<PreferenceUpdate>> {
    const current = context.preferences;
    const userSet = new Set(context.userSetPreferenceKeys ?? []);
    const facts = context.signals.map(signalFacts);
    const edits = facts.filter((f) => f.signal === 'edited' && f.finalBody !== undefined);
    const notes: string[] = [];
    const update: PreferenceUpdate = {};

    const offer = <K extends keyof UserPreferences>(key: K, value: UserPreferences[K], why: string) => {
      if (sameJson(current[key], value)) return;
      if (userSet.has(key)) {
        notes.push(`${key} set by the user: learned value not applied`);
        return;
      }
      update[key] = value;
      notes.push(`learned ${key} (${why})`);
    };

    const signOff = learnSignOff(edits);
    if (signOff) offer('signOff', signOff.value, `${signOff.count} of ${signOff.of} recent edits`);
    const tone = learnTone(edits);
    if (tone) offer('tone', tone.value, `${tone.votes} of ${tone.of} recent edits`);
    const minutes = learnMeetingMinutes(facts);
    if (minutes) offer('meetingMinutes', minutes.value, `median of ${minutes.from} approved meetings`);
    const hours = learnMeetingHours(facts);
    if (hours) offer('meetingHours', hours.value, `${hours.from} approved meetings`);

    const ownDomains = context.user.addresses.map((a) => a.slice(a.lastIndexOf('@') + 1).toLowerCase());
    const mutes = learnMutes(facts, context.now, ownDomains);
    offer('mutedSenders', union(current.mutedSenders, mutes.senders), 'always rejected');
    offer('mutedCategories', union(current.mutedCategories, mutes.categories), 'always rejected');
    offer('mutedKinds', union(current.mutedKinds, mutes.kinds), 'always rejected');
    offer('trustedSenders', learnTrustedSenders(facts, current.trustedSenders), 'marked safe');

    return { output: update, proposals: [], mode: 'heuristic', usage: noUsage, notes };
  }
}
