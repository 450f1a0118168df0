/**
 * While the agent types, the draft is read at most this often, and once more right after the last
 * keystroke: the panel must follow within 100 ms (issue #5), and a read plus an analysis of an
 * ordinary reply costs about a millisecond, so there is no point waiting for a pause.
 */
export const DRAFT_READ_INTERVAL_MS = 40;

/** Drafts up to about 1,000 words are read at the full rate. */
const FULL_RATE_CHARS = 6_000;
/** However long the draft, the panel catches up within a quarter of a second. */
const LONGEST_INTERVAL_MS = 250;

/**
 * How long to wait between reads of a draft this long. Analysis grows with the draft (a 5,000-word
 * draft takes ~18 ms): read at the full rate, it would keep the background busy half the time the
 * agent types. Longer drafts are read less often, so the work per second stays about that of a
 * 1,000-word reply.
 */
export function draftReadInterval(draftLength: number, baseMs = DRAFT_READ_INTERVAL_MS): number {
  const scaled = (baseMs * draftLength) / FULL_RATE_CHARS;
  return Math.round(Math.min(Math.max(baseMs, scaled), Math.max(baseMs, LONGEST_INTERVAL_MS)));
}
