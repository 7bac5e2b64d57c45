/** How much evidence the preference agent needs before it changes anything. */

/** Sign-off: look at this many of the latest edited drafts... */
export const SIGN_OFF_WINDOW = 5;
/** ...and take a closing the user wrote in at least this many of them. */
export const SIGN_OFF_MIN_REPEATS = 2;

/** Tone: the latest edited drafts considered. */
export const TONE_WINDOW = 10;
/** At least this many edits must lean the same way... */
export const TONE_MIN_VOTES = 2;
/** ...and make up this share of the edits that lean at all. */
export const TONE_MIN_SHARE = 2 / 3;

/** Meeting length and hours: approved meetings considered, and how many are needed. */
export const MEETING_WINDOW = 20;
export const MEETING_MIN_SIGNALS = 3;
/** Meeting hours cover at least this share of approved start hours. */
export const MEETING_HOURS_SHARE = 0.8;
export const MEETING_ROUND_MINUTES = 15;

/** Muting looks at decisions this recent. */
export const MUTE_WINDOW_DAYS = 90;
/** A sender or category is muted after this many rejections and no approval. */
export const MUTE_MIN_REJECTIONS = 3;
/** A whole proposal kind needs more: muting one silences a feature. */
export const MUTE_KIND_MIN_REJECTIONS = 5;
