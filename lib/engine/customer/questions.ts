import { segmentSentences } from '../text/segment';
import type { Span } from '../types';
import { type AnswerShape, shapeOf } from './answer-shapes';
import { keyTerms } from './key-terms';
import { comparableStem } from './synonyms';

/** Something the customer asked for, as a question or as a request ("Please tell me…"). */
export interface CustomerQuestion extends Span {
  text: string;
  kind: 'question' | 'request';
  shape: AnswerShape;
  /** Comparable stems of its content words: what a reply that answers it talks about. */
  stems: string[];
}

const REQUEST =
  /\b(?:i need to know|i(?:'d| would) like to know|please (?:tell|let me know|advise|confirm|explain|send|help|check|update|refund|cancel|fix|sort)|can you|could you|would you|can i|could i|i want (?:a|my|to)|i(?:'d| would) like (?:a|my|to)|i need (?:a|my|to|you)|let me know|i(?:'m| am) wondering|i wonder)\b/i;
// Questions that vent rather than ask; answering them literally would not help.
const RHETORICAL =
  /\b(?:are you (?:kidding|serious|joking)|seriously|really|what the (?:hell|heck|f)|how hard (?:can|is) it|is this a joke|who does that|why (?:is|does) (?:it|this) always|why me|what is wrong with you)\b/i;
const MAX_QUOTE = 140;

export function findQuestions(message: string): CustomerQuestion[] {
  const questions: CustomerQuestion[] = [];
  let previousStems: string[] = [];
  for (const sentence of segmentSentences(message)) {
    const text = message.slice(sentence.start, sentence.end).trim();
    const ownStems = [...new Set(keyTerms(text).map((term) => comparableStem(term.stem)))];
    // "My refund hasn't arrived. When will I get it?": "it" is the refund, so borrow the sentence before.
    const stems = ownStems.length > 0 ? ownStems : previousStems;
    previousStems = ownStems;
    const isQuestion = text.includes('?');
    if (!isQuestion && !REQUEST.test(text)) continue;
    if (RHETORICAL.test(text)) continue;
    if (stems.length === 0) continue;
    questions.push({
      start: sentence.start,
      end: sentence.end,
      text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text,
      kind: isQuestion ? 'question' : 'request',
      shape: shapeOf(text),
      stems,
    });
  }
  return questions;
}
