import { segmentSentences, wordsOf } from '../text/segment';
import { type KeyTerm, keyTermsOf } from './key-terms';
import { type CustomerMood, readMood } from './mood';
import { type CustomerQuestion, findQuestions } from './questions';

/** What Reply Coach understood of the customer's message: how they feel, what they asked, what they wrote about. */
export interface CustomerReading {
  message: string;
  mood: CustomerMood;
  questions: CustomerQuestion[];
  terms: KeyTerm[];
}

export function readCustomerMessage(message: string): CustomerReading {
  // Segmented once: the questions and the key terms come from the same sentences.
  const sentences = segmentSentences(message);
  const terms = keyTermsOf(wordsOf(sentences));
  return { message, mood: readMood(message), questions: findQuestions(message, sentences, terms), terms };
}
