import type { RuleOfKind } from '../../rules/schema';
import type { Hit, RuleRunner } from '../context';
import { wholeReplyAnchor } from '../context';
import { readingGrade } from '../readability';
import type { TextModel } from '../text/text-model';

/** Metric: a measured value (sentence length, paragraph length, reply length, reading grade) above `max`. */
export function compileMetricRule(rule: RuleOfKind<'metric'>): RuleRunner {
  const measure = MEASURES[rule.metric];
  return ({ text }) => {
    if (text.words.length < rule.minDraftWords) return [];
    return measure(text).filter((hit) => Number(hit.vars?.value) > rule.max).map((hit) => ({ ...hit, vars: { ...hit.vars, max: rule.max } }));
  };
}

const MEASURES: Record<RuleOfKind<'metric'>['metric'], (text: TextModel) => Hit[]> = {
  'sentence-words': (text) => text.sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, vars: { value: sentence.words.length } })),
  'paragraph-words': (text) => text.paragraphs.map((paragraph) => ({ start: paragraph.start, end: paragraph.end, vars: { value: paragraph.wordCount } })),
  'draft-words': (text) => [{ ...wholeReplyAnchor(text), vars: { value: text.words.length } }],
  'reading-grade': (text) => {
    const grade = readingGrade(text.sentences);
    if (!grade) return [];
    // Point at the sentence that is hardest to read: the one to rewrite first.
    return [{ start: grade.hardest.start, end: grade.hardest.end, vars: { value: Math.round(grade.grade * 10) / 10 } }];
  },
};
