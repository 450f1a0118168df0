import { describe, expect, it } from 'vitest';
import { NEAR, relocateRange } from '../../../lib/editors/relocate-range';
import type { DraftRange } from '../../../lib/messaging/editor-actions';

const DRAFT = 'Dear customer, as I already explained, the refund was processed.';

/** The panel's view of `words` in DRAFT: where the analysis found them. */
function wordsInDraft(words: string, draft = DRAFT): DraftRange {
  const start = draft.indexOf(words);
  return { draft, start, end: start + words.length, expected: words };
}

/** What the relocated range covers in `current`, or undefined when the fix must not be applied. */
function found(current: string, range: DraftRange): string | undefined {
  const target = relocateRange(current, range);
  return target && `${current.slice(0, target.start)}[${current.slice(target.start, target.end)}]${current.slice(target.end)}`;
}

describe('finding the words of a fix in the editor as it is now', () => {
  it.each([
    ['the draft is unchanged', DRAFT, 'Dear customer', '[Dear customer], as I already explained, the refund was processed.'],
    ['the agent typed after the words', `${DRAFT} Thanks!`, 'as I already explained', 'Dear customer, [as I already explained], the refund was processed. Thanks!'],
    ['the agent typed before the words', `Hello. ${DRAFT}`, 'as I already explained', 'Hello. Dear customer, [as I already explained], the refund was processed.'],
    ['the agent deleted words before them', DRAFT.replace('Dear customer, ', ''), 'as I already explained', '[as I already explained], the refund was processed.'],
    ['the agent typed on right after the words that ended the draft', 'Dear customer!! We are on it.', 'Dear customer!!', '[Dear customer!!] We are on it.'],
    ['the agent typed at both ends (found once nearby)', `Hi. ${DRAFT} Bye.`, 'as I already explained', 'Hi. Dear customer, [as I already explained], the refund was processed. Bye.'],
  ])('finds them when %s', (_, current, words, expected) => {
    const range = words === 'Dear customer!!' ? wordsInDraft(words, 'Dear customer!!') : wordsInDraft(words);
    expect(found(current, range)).toBe(expected);
  });

  it.each([
    ['the words themselves changed', DRAFT.replace('already explained', 'already said'), 'as I already explained'],
    ['a letter was typed onto the end of the words ("customer" → "customers")', DRAFT.replace('customer,', 'customers,'), 'Dear customer'],
    ['the words were deleted', DRAFT.replace('as I already explained, ', ''), 'as I already explained'],
    ['the draft changed at both ends and the words now appear twice', `Oh. Dear customer, ${DRAFT} Bye.`, 'Dear customer'],
    ['a letter was typed right after words that ended the draft', 'Dear customers', 'Dear customer'],
  ])('refuses when %s', (_, current, words) => {
    const range = words === 'Dear customer' && current === 'Dear customers' ? wordsInDraft(words, 'Dear customer') : wordsInDraft(words);
    expect(relocateRange(current, range)).toBeUndefined();
  });

  it('refuses when the words are only found far from where they were', () => {
    const long = `Dear customer, ${'x'.repeat(NEAR * 2)} end`;
    expect(relocateRange(`Hello there, ${'x'.repeat(NEAR * 2)} Dear customer`, wordsInDraft('Dear customer', long))).toBeUndefined();
  });

  it('refuses a request whose words do not match its own draft', () => {
    expect(relocateRange(DRAFT, { draft: DRAFT, start: 0, end: 4, expected: 'Hi' })).toBeUndefined();
    expect(relocateRange(DRAFT, { draft: DRAFT, start: 10, end: 5, expected: '' })).toBeUndefined();
  });

  it('takes an empty range only while the draft is exactly as the panel saw it', () => {
    const insertion = { draft: DRAFT, start: 14, end: 14, expected: '' };
    expect(relocateRange(DRAFT, insertion)).toEqual({ start: 14, end: 14 });
    expect(relocateRange(`${DRAFT} More.`, insertion)).toBeUndefined();
  });

  it('counts offsets in UTF-16 code units, like the engine', () => {
    const draft = 'Hi 👋 Chloé, as I already explained, no.';
    expect(found(`${draft} Sorry.`, wordsInDraft('as I already explained', draft))).toBe('Hi 👋 Chloé, [as I already explained], no. Sorry.');
  });
});
