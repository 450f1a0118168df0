import type { TextModel } from '../text/text-model';
import type { Sentence } from '../text/segment';
import { replyHasShape } from './answer-shapes';
import { keyTermsOf } from './key-terms';
import type { CustomerQuestion } from './questions';
import { comparableStem } from './synonyms';

const sentenceStems = new WeakMap<TextModel, Set<string>[]>();

/** Comparable stems of each sentence of the reply, computed once per draft. */
function stemsBySentence(text: TextModel): Set<string>[] {
  let stems = sentenceStems.get(text);
  if (!stems) {
    stems = text.sentences.map((sentence) => new Set(keyTermsOf(sentence.words).map((term) => comparableStem(term.stem))));
    sentenceStems.set(text, stems);
  }
  return stems;
}

/**
 * Whether the reply answers a question: it talks about what the question is about (shared words,
 * after stemming and synonyms) and, near there, gives the kind of answer asked for (a time for
 * "when", an amount for "how much", steps for "how do I").
 */
export function isAnswered(question: CustomerQuestion, text: TextModel): boolean {
  // The unanswered-question rule and the panel's "The customer asked" list both ask, once per keystroke.
  let answers = answersByDraft.get(text);
  if (!answers) {
    answers = new Map();
    answersByDraft.set(text, answers);
  }
  let answered = answers.get(question);
  if (answered === undefined) {
    answered = coversQuestion(question, text);
    answers.set(question, answered);
  }
  return answered;
}

const answersByDraft = new WeakMap<TextModel, Map<CustomerQuestion, boolean>>();

function coversQuestion(question: CustomerQuestion, text: TextModel): boolean {
  const stems = stemsBySentence(text);
  const relevant: Sentence[] = [];
  text.sentences.forEach((sentence, index) => {
    if (!question.stems.some((stem) => stems[index]!.has(stem))) return;
    relevant.push(sentence);
    const next = text.sentences[index + 1];
    if (next) relevant.push(next);
  });
  if (relevant.length === 0) return false;
  if (question.shape === 'open' || question.shape === 'yes-no') return true;
  return relevant.some((sentence) => replyHasShape(text.prose.slice(sentence.start, sentence.end), question.shape));
}
