import type { DraftRange } from '../messaging/editor-actions';

/** Offsets into the editor's current text. */
export interface TextRange {
  start: number;
  end: number;
}

/** How far from where the words were the search for them goes, in characters each way. */
export const NEAR = 200;

/**
 * Where the words of `range` are in `current`, the editor's text now, or undefined when that cannot be
 * told for sure: then nothing may be written. The agent may have typed since the panel's analysis, so:
 * 1. the draft is unchanged: the same offsets;
 * 2. the draft changed in one stretch that does not touch the words (or the characters on either side
 *    of them): the offsets shifted by what was added or removed before them;
 * 3. otherwise the words are looked for near where they were, with the same characters on either side;
 *    found exactly once, that is them; found nowhere or twice, the agent has to look again.
 */
export function relocateRange(current: string, range: DraftRange): TextRange | undefined {
  const { draft, start, end, expected } = range;
  // A request that contradicts itself is refused, not guessed at.
  if (end < start || end > draft.length || draft.slice(start, end) !== expected) return undefined;
  if (current === draft) return { start, end };
  // An empty range is a bare position: nothing to recognize it by once the text around it changed.
  if (expected === '') return undefined;

  const shifted = throughOneEdit(draft, current, start, end);
  if (shifted) return shifted;

  const before = draft[start - 1];
  const after = draft[end];
  // Near the old offset, or near it shifted by what the draft gained or lost (typed before the words).
  const shift = current.length - draft.length;
  const isNear = (at: number): boolean => Math.abs(at - start) <= NEAR || Math.abs(at - (start + shift)) <= NEAR;
  let found: TextRange | undefined;
  for (let at = current.indexOf(expected); at !== -1; at = current.indexOf(expected, at + 1)) {
    // "customer" inside "customers" is not the same words.
    if (!isNear(at) || !sameBoundary(before, current[at - 1]) || !sameBoundary(after, current[at + expected.length])) continue;
    if (found) return undefined;
    found = { start: at, end: at + expected.length };
  }
  return found;
}

/**
 * Maps `start..end` through the one stretch where `before` and `after` differ (common prefix and
 * suffix), when the range and the characters right next to it are outside that stretch.
 */
function throughOneEdit(before: string, after: string, start: number, end: number): TextRange | undefined {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (end <= prefix && sameBoundary(before[end], after[end])) return { start, end };
  const shift = after.length - before.length;
  if (start >= before.length - suffix && sameBoundary(before[start - 1], after[start - 1 + shift])) return { start: start + shift, end: end + shift };
  return undefined;
}

/**
 * Whether the character next to the words still ends them as it did: the same character, or no word
 * character on either side (the start of the draft, a space, a line break, punctuation), so the words
 * are still whole words: "customer" is not the start of "customers".
 */
function sameBoundary(was: string | undefined, now: string | undefined): boolean {
  if (was === now) return true;
  return !WORD_CHARACTER.test(was ?? '') && !WORD_CHARACTER.test(now ?? '');
}

const WORD_CHARACTER = /[\p{L}\p{N}_'’-]/u;
