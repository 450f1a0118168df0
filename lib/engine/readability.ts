import { syllable } from 'syllable';
import type { Sentence } from './text/segment';
import type { Span } from './types';

// Syllable counting is the costly part of a reading grade; replies reuse their words a lot, so
// counts are remembered (bounded, so a long session cannot grow it without limit).
const syllableCache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
const HAS_LETTER = /\p{L}/u;

function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size >= CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}

/** Flesch–Kincaid grade level from words per sentence and syllables per word. */
function fleschKincaid(words: number, sentences: number, syllables: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

export interface ReadingGrade {
  grade: number;
  /** The sentence with the highest grade of its own: where a rewrite helps most. */
  hardest: Span;
}

/** The grade of the sentences together, or undefined when none has a word to sound out. */
export function gradeOf(sentences: readonly Sentence[]): ReadingGrade | undefined {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  let hardest: { span: Span; grade: number } | undefined;
  for (const sentence of sentences) {
    // Numbers, order ids and the like are not words a reader sounds out.
    let wordsHere = 0;
    let syllablesHere = 0;
    for (const word of sentence.words) {
      if (!HAS_LETTER.test(word.text)) continue;
      wordsHere++;
      syllablesHere += syllablesOf(word.text);
    }
    if (wordsHere === 0) continue;
    words += wordsHere;
    syllables += syllablesHere;
    counted++;
    const gradeHere = fleschKincaid(wordsHere, 1, syllablesHere);
    if (!hardest || gradeHere > hardest.grade) hardest = { span: { start: sentence.start, end: sentence.end }, grade: gradeHere };
  }
  if (!hardest || words === 0) return undefined;
  return { grade: fleschKincaid(words, counted, syllables), hardest: hardest.span };
}
