import type { InPageCoach } from './in-page-coach';

/**
 * The in-page coaching UI (underlines, the card, the count, the shortcuts) ships as a file of its
 * own, loaded only by a frame that follows an editor (lib/overlay/lazy-in-page-coach.ts): the
 * content script runs in every helpdesk page and frame and must stay small (README "Performance").
 * Its path in the built extension: the manifest exposes it, the content script imports it, the
 * budgets test weighs it.
 */
export const IN_PAGE_COACH_CHUNK = 'in-page-coach.js';

/** What the chunk's module gives the content script (its default export). */
export interface InPageCoachChunk {
  InPageCoach: typeof InPageCoach;
}
