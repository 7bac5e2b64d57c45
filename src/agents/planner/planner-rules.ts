/** The planner's tunable numbers, in one place. */

/** Gap kept free before and after a fixed event. */
export const EVENT_BUFFER_MINUTES = 10;
/** Blocks start on these boundaries ("now" is rounded up to one). */
export const SLOT_STEP_MINUTES = 15;
/** A free gap shorter than this is not worth a block. */
export const MIN_BLOCK_MINUTES = 15;

export const SHORT_REPLY_MINUTES = 15;
export const LONG_REPLY_MINUTES = 30;
/** A mail longer than this takes a longer reply. */
export const LONG_MAIL_CHARS = 1500;
export const PAY_OR_REVIEW_MINUTES = 30;
export const SCHEDULE_MINUTES = 15;
export const READ_MINUTES = 15;
export const BIG_TASK_MINUTES = 60;

/** From this many replies on, they share "Reply to N emails" blocks. */
export const REPLY_BATCH_MIN = 3;
/** One batch of replies is at most this long; more replies make more batches. */
export const REPLY_BATCH_MAX_MINUTES = 60;

/** A plan lists at most this many must-dos; the rest are left over. */
export const MAX_MUST_DO = 10;
/** Lower-priority candidates listed in leftOver beyond the must-dos; the rest are only counted. */
export const MAX_LISTED_LOWER_PRIORITY = 20;
/** Importance from which an item is a must-do even without a deadline. */
export const MUST_DO_IMPORTANCE = 4;
/** How many top tasks the optional model may reorder. */
export const LLM_MAX_TASKS = 20;

export const MAX_TITLE_CHARS = 100;
export const MAX_NOTE_CHARS = 2000;
