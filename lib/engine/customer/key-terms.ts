import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { segmentSentences } from '../text/segment';
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
  const terms: KeyTerm[] = [];
  for (const sentence of segmentSentences(text)) {
    for (const word of sentence.words) {
      const lower = word.text.toLowerCase();
      const isIdentifier = /\d/.test(word.text) && word.text.length >= 2;
      if (!isIdentifier && (lower.length < 3 || IGNORED.has(lower) || !/\p{L}/u.test(lower))) continue;
      terms.push({ ...word, stem: isIdentifier ? lower : stemmer(lower), isIdentifier });
    }
  }
  return terms;
}

/** The stems of a text's words, for "does the reply mention X" questions. */
export function stemsOf(text: string): Set<string> {
  return new Set(keyTerms(text).map((term) => term.stem));
}
