import type { TextModel } from '../text/text-model';
import { replyHasShape } from './answer-shapes';
import { type KeyTerm, keyTermsOf, stemOf } from './key-terms';
import type { CustomerQuestion } from './questions';
import type { ReplyMoves } from './reply-moves';
import { comparableStem, stemsComparableTo } from './synonyms';

/**
 * How the reply addresses one of the customer's questions, or undefined when it does not. An answer
 * in its own words counts, and so do a redirect to the right channel, a link to the steps, a
 * clarifying question back and a plain "we can't" (../shared/evaluation.md, follow-up). A vague time
 * ("soon") does not answer "when" — the same words the vague-time rule flags.
 */
export type Addressed = 'answered' | 'redirected' | 'linked' | 'asked-back' | 'declined' | 'vague';

// Times that do not say when: the vague-time rule flags them, and the panel does not tick the question.
const VAGUE_TIME = /\b(?:soon|shortly|in due course|as soon as (?:possible|we can)|at the earliest opportunity|in the near future|asap|before long|in a (?:bit|while))\b/i;

// Words that say little about which question a sentence answers: most replies about an order or an
// account use them whatever the question was. A question with more specific words must meet one of those.
const WEAK_STEMS = new Set(
  ['order', 'account', 'arrive', 'deliver', 'issue', 'problem', 'help', 'work', 'use', 'app', 'time', 'way', 'able', 'want', 'need', 'pay', 'fix', 'check', 'change', 'send', 'receive', 'see', 'look', 'happen', 'try', 'find', 'thing', 'question', 'info', 'information', 'email', 'phone', 'call', 'contact', 'website', 'site', 'booking', 'flight', 'trip', 'service'].map((word) => comparableStem(keyTermsOf([{ text: word, start: 0, end: word.length }])[0]?.stem ?? word)),
);

export function addressedHow(question: CustomerQuestion, text: TextModel, moves: ReplyMoves): Addressed | undefined {
  const relevant = relevantSentences(question, text);
  if (relevant.length > 0) {
    if (question.shape === 'open' || question.shape === 'yes-no' || question.shape === 'steps') return 'answered';
    const nearby = sentencesAround(relevant, text.sentences.length);
    const words = nearby.map((index) => text.prose.slice(text.sentences[index]!.start, text.sentences[index]!.end)).join(' ');
    if (replyHasShape(words, question.shape) || replyHasShape(words, 'steps')) return 'answered';
    // "When?" met with "soon" anywhere in the reply is the vague answer the vague-time rule flags, even
    // beside a "we can't speed it up": the checklist and that finding must agree.
    if (question.shape === 'time' && VAGUE_TIME.test(text.prose)) return 'vague';
    if (moves.declined && nearby.some((index) => text.sentences[index]!.start === moves.declined!.start)) return 'declined';
    // It talks about the subject without the kind of answer asked for ("It will be processed soon" to "when?").
    if (question.shape === 'time') return VAGUE_TIME.test(words) ? 'vague' : undefined;
    if (question.shape === 'amount') return undefined;
    return 'answered';
  }
  // "When?" met with "in due course" anywhere is the vague answer the vague-time rule speaks to, not a second finding.
  if (question.shape === 'time' && VAGUE_TIME.test(text.prose)) return 'vague';
  // "What should I do?" names nothing to match: in an email, instructions anywhere answer it; so does
  // what we did or will do answer "what is going to be done?".
  if ((question.shape === 'steps' || question.shape === 'action') && replyHasShape(text.prose, question.shape)) return 'answered';
  // A short social reply handles one thing: sending them to the right place, the steps or a question back addresses it.
  if (moves.emailStyle) return undefined;
  if (moves.yesOrNo && question.shape === 'yes-no') return 'answered';
  if (moves.redirect) return 'redirected';
  if (moves.link) return 'linked';
  if (moves.askedBack) return 'asked-back';
  if (moves.declined) return 'declined';
  return undefined;
}

/**
 * The reply's sentences that share the question's specific words (or, when it has none, its general
 * ones), compared by stem and synonym group. Only words that start like a wanted stem are stemmed:
 * a long draft has thousands of words and a question a handful.
 */
function relevantSentences(question: CustomerQuestion, text: TextModel): number[] {
  const stems = question.terms.map((term: KeyTerm) => comparableStem(term.stem));
  const specific = stems.filter((stem) => !WEAK_STEMS.has(stem));
  const wanted = new Set(specific.length > 0 ? specific : stems);
  const prefixes = new Set<string>();
  for (const stem of wanted) for (const comparable of stemsComparableTo(stem)) prefixes.add(comparable.slice(0, PREFIX));
  const indexes: number[] = [];
  text.sentences.forEach((sentence, index) => {
    const mentions = sentence.words.some((word) => {
      const lower = word.text.toLowerCase();
      return prefixes.has(lower.slice(0, PREFIX)) && wanted.has(comparableStem(/\d/.test(lower) ? lower : stemOf(lower)));
    });
    if (mentions) indexes.push(index);
  });
  return indexes;
}

/** Each sentence and its neighbours, once each, in order of first mention (loops: flatMap costs ~2 µs a call in Node 20). */
function sentencesAround(indexes: readonly number[], count: number): number[] {
  const seen = new Set<number>();
  const around: number[] = [];
  for (const index of indexes) {
    for (const near of [index - 1, index, index + 1]) {
      if (seen.has(near)) continue;
      seen.add(near);
      if (near >= 0 && near < count) around.push(near);
    }
  }
  return around;
}

/** Stems shorter than this are compared whole: the prefix is the stem. */
const PREFIX = 3;
