import type { TextModel } from '../text/text-model';
import type { Sentence } from '../text/segment';
import { replyHasShape } from './answer-shapes';
import { keyTermsOf } from './key-terms';
import type { CustomerQuestion } from './questions';
import { comparableStem } from './synonyms';

/**
 * Whether the reply answers a question: it talks about what the question is about (shared words,
 * after stemming and synonyms) and, near there, gives the kind of answer asked for (a time for
 * "when", an amount for "how much", steps for "how do I").
 */
export function coversQuestion(question: CustomerQuestion, text: TextModel): boolean {
  const stems = text.sentences.map((sentence) => new Set(keyTermsOf(sentence.words).map((term) => comparableStem(term.stem))));
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
