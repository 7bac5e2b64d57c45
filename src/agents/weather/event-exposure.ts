/**
 * Guesses from an event's words whether the weather matters to it: outdoor
 * activities, or travel. Word lists, not a model: wrong guesses only add or
 * miss a weather note.
 */

export type Exposure = 'outdoor' | 'travel';

const outdoorWords = [
  'park',
  'parkrun',
  'run',
  'running',
  'jog',
  'jogging',
  'marathon',
  'hike',
  'hiking',
  'walk',
  'picnic',
  'garden',
  'gardening',
  'site visit',
  'outdoor',
  'outdoors',
  'outside',
  'open air',
  'open-air',
  'terrace',
  'rooftop',
  'football',
  'soccer',
  'rugby',
  'cricket',
  'tennis',
  'golf',
  'cycling',
  'bike',
  'bike ride',
  'bbq',
  'barbecue',
  'beach',
  'festival',
  'camping',
  'fishing',
  'sailing',
  'allotment',
  'zoo',
];

const travelWords = [
  'train',
  'flight',
  'fly',
  'flying',
  'airport',
  'station',
  'drive',
  'driving',
  'commute',
  'trip',
  'travel',
  'travelling',
  'traveling',
  'ferry',
  'taxi',
  'coach',
  'road trip',
  'departure',
  'boarding',
];

/** Phrases that contain a listed word but mean something indoor. */
const falseFriends = [
  /\bdry[- ]run\b/g,
  /\brun[- ]?through\b/g,
  /\bwalk[- ]?through\b/g,
  /\b(google|shared|team|one|usb|hard)[- ]?drive\b/g,
  /\btest drive\b/g,
  /\bdrive (folder|link|doc|file)s?\b/g,
  /\b(career|sales|executive|life) coach(ing)?\b/g,
  /\b(work|docking|charging|gas) station\b/g,
  /\bcar park\b/g,
  /\bbusiness park\b/g,
];

function toPattern(words: string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`\\b(${escaped.join('|')})\\b`, 'i');
}

const outdoorPattern = toPattern(outdoorWords);
const travelPattern = toPattern(travelWords);

function cleaned(text: string): string {
  let result = text.toLowerCase();
  for (const phrase of falseFriends) result = result.replace(phrase, ' ');
  return result;
}

/** Outdoor wins over travel when both match ("Drive to the hike"): it is the longer exposure. */
export function exposureOf(event: { subject: string; location: string | null }): Exposure | undefined {
  const text = cleaned(`${event.subject}\n${event.location ?? ''}`);
  if (outdoorPattern.test(text)) return 'outdoor';
  if (travelPattern.test(text)) return 'travel';
  return undefined;
}
