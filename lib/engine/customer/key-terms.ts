import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { type Word, segmentSentences, wordsOf } from '../text/segment';
import type { Span } from '../types';

// Words that say nothing about this customer's case even though they are not stop words.
const SUPPORT_FILLER = [
  'hi', 'hello', 'hey', 'thanks', 'thank', 'please', 'help', 'need', 'want', 'get', 'got', 'know', 'just', 'still',
  'really', 'would', 'like', 'can', 'cant', "can't", 'will', 'you', 'your', 'yours', 'i', 'me', 'my', 'mine', 'we', 'our',
  'us', 'it', 'its', 'this', 'that', 'there', 'here', 'what', 'when', 'where', 'why', 'how', 'who', 'which', 'yes', 'no',
  'not', 'dont', "don't", 'im', "i'm", 'ive', "i've", 'one', 'time', 'day', 'today', 'now', 'back', 'even', 'ever', 'again',
  'guys', 'team', 'support', 'customer', 'service', 'issue', 'problem', 'thing', 'way', 'much', 'many', 'very', 'also',
  'going', 'make', 'made', 'let', 'said', 'say', 'tell', 'told', 'ask', 'asked', 'sure', 'good', 'great', 'new', 'any',
  'been', 'have', 'has', 'had', 'was', 'were', 'are', 'is', 'be', 'do', 'does', 'did', 'done', 'doing', 'am',
  'actually', 'roughly', 'exactly', 'maybe', 'perhaps', 'basically', 'literally', 'totally', 'completely', 'anyone',
  'someone', 'something', 'anything', 'everything', 'nothing', 'somehow', 'possible', 'going', 'happening', 'wrong',
];
const IGNORED = new Set([...englishStopwords, ...SUPPORT_FILLER]);

/** A word of the customer's message worth echoing, with the form used to compare it (its stem). */
export interface KeyTerm extends Span {
  text: string;
  stem: string;
  /** Order numbers, amounts, codes: anything with a digit. These are the strongest sign of a personal reply. */
  isIdentifier: boolean;
}

/** Content words and identifiers of a text: what a reply that listened would reuse. */
export function keyTerms(text: string): KeyTerm[] {
  return keyTermsOf(wordsOf(segmentSentences(text)));
}

/** The same, from words already segmented (the draft's text model has them). */
export function keyTermsOf(words: readonly Word[]): KeyTerm[] {
  const terms: KeyTerm[] = [];
  for (const word of words) {
    const lower = word.text.toLowerCase();
    const isIdentifier = /\d/.test(word.text) && word.text.length >= 2;
    if (!isIdentifier && (lower.length < 3 || IGNORED.has(lower) || !/\p{L}/u.test(lower))) continue;
    // Spelled out, not `{ ...word }`: V8 copies an object spread with added keys about 20 times slower, once per word.
    terms.push({ start: word.start, end: word.end, text: word.text, stem: isIdentifier ? lower : stemOf(lower), isIdentifier });
  }
  return terms;
}

// Stemming is the costly step on a long draft, and replies repeat their words; bounded like the syllable cache.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
