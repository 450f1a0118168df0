import { segmentSentences, wordsOf } from '../text/segment';
import { keyTermsOf } from './key-terms';
import type { Span } from '../types';
import { type AnswerShape, shapeOf } from './answer-shapes';
import type { Sentence } from '../text/segment';
import type { KeyTerm } from './key-terms';

/** Something the customer asked for, as a question or as a request ("Please tell me…"). */
export interface CustomerQuestion extends Span {
  text: string;
  kind: 'question' | 'request';
  shape: AnswerShape;
  /** Its content words: what a reply that addresses it talks about. */
  terms: KeyTerm[];
}

// Asking for something without a question mark: "please advise", "I need to know", "tell me why".
const REQUEST =
  /\b(?:i need to know|i(?:'d| would) like to know|i want to know|i wanted to know|please (?:tell|let me know|advise|confirm|explain|send|update|refund|cancel|sort|change|resend|reset|unlock|remove|delete|close)|(?<!(?:can['’]?t|cannot|won['’]?t|didn['’]?t|couldn['’]?t|wouldn['’]?t|not) )tell me (?:why|how|when|what|where|if)|can you|could you|would you|can i|could i|let me know|i(?:'m| am) wondering|i wonder)\b/i;
// "Can you check what's going on?", "Please help": asking for help in general, which any real reply gives.
const GENERAL_HELP = /^\W*(?:(?:can|could|would) you(?: please)?|please)\s+(?:help|check|look into|look at|assist|advise|have a look|take a look|see what)\b[^?]{0,40}\??\s*$/i;
// Questions that vent, mock or make small talk rather than ask; answering them literally would not help.
const RHETORICAL = [
  /\b(?:are you (?:kidding|serious|joking)|seriously|really\s*\?|what the (?:hell|heck|f)|how hard (?:can|is) it|is this a joke|who does that|why me|what is wrong with you|what's wrong with you|what gives|what(?:'s| is) the point|how (?:dare|come nobody)|why (?:is|does) (?:it|this) always|why (?:is|was) it so hard|are any of your\b.*\banymore|any of your flights on.?time|how about (?:every|all|the rest)|when will (?:i|we) (?:not|ever|finally))\b/i,
  /\b(?:how(?:'s| is| are) (?:your|y'?all'?s?|you|things)(?: day)?(?: going)?|how are you|how r u)\b/i,
  // "…?!", "TIME?!": exasperation, not a question.
  /\?\s*!|!\s*\?/,
  /^\s*(?:oh|lovely|great|nice|wow|so|well),? (?:we|you|they)\b/i,
];
const MAX_QUOTE = 140;
/** A question needs a few words of its own to be one: "Why?", "TIME?!" are reactions. */
const MIN_QUESTION_WORDS = 3;

/** The questions and requests of a message, from its sentences and its key terms (both computed once, by the caller or here). */
export function findQuestions(message: string, sentences: readonly Sentence[] = segmentSentences(message), terms: readonly KeyTerm[] = keyTermsOf(wordsOf(sentences))): CustomerQuestion[] {
  const questions: CustomerQuestion[] = [];
  let previousTerms: KeyTerm[] = [];
  let termIndex = 0;
  for (const sentence of sentences) {
    const text = message.slice(sentence.start, sentence.end).trim();
    const ownTerms: KeyTerm[] = [];
    while (termIndex < terms.length && terms[termIndex]!.start < sentence.end) {
      if (terms[termIndex]!.start >= sentence.start) ownTerms.push(terms[termIndex]!);
      termIndex++;
    }
    // "My refund hasn't arrived. When will I get it?": "it" is the refund, so borrow the sentence before.
    const questionTerms = ownTerms.length > 0 ? ownTerms : previousTerms;
    previousTerms = ownTerms;
    const isQuestion = text.includes('?');
    if (!isQuestion && !REQUEST.test(text)) continue;
    if (RHETORICAL.some((pattern) => pattern.test(text)) || GENERAL_HELP.test(text)) continue;
    if (sentence.words.length < MIN_QUESTION_WORDS || questionTerms.length === 0) continue;
    questions.push({
      start: sentence.start,
      end: sentence.end,
      text: text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text,
      kind: isQuestion ? 'question' : 'request',
      shape: shapeOf(text),
      terms: questionTerms,
    });
  }
  return questions;
}
