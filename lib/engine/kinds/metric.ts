import type { RuleOfKind } from '../../rules/schema';
import type { AnalysisContext } from '../analysis-context';
import type { Hit, RuleRunner } from '../hit';

/** Metric: a measured value (sentence length, paragraph length, reply length, reading grade) above `max`. */
export function compileMetricRule(rule: RuleOfKind<'metric'>): RuleRunner {
  const measure = MEASURES[rule.metric];
  return (context) => {
    if (context.text.words.length < rule.minDraftWords) return [];
    return measure(context).filter((hit) => Number(hit.vars?.value) > rule.max).map((hit) => ({ ...hit, vars: { ...hit.vars, max: rule.max } }));
  };
}

const MEASURES: Record<RuleOfKind<'metric'>['metric'], (context: AnalysisContext) => Hit[]> = {
  'sentence-words': ({ text }) => text.sentences.map((sentence) => ({ start: sentence.start, end: sentence.end, vars: { value: sentence.words.length } })),
  'paragraph-words': ({ text }) => text.paragraphs.map((paragraph) => ({ start: paragraph.start, end: paragraph.end, vars: { value: paragraph.wordCount } })),
  // About the whole reply: no words of it are the problem more than others.
  'draft-words': ({ text }) => [{ start: 0, end: 0, vars: { value: text.words.length } }],
  'reading-grade': ({ readingGrade: grade }) => {
    if (!grade) return [];
    // Point at the sentence that is hardest to read: the one to rewrite first.
    return [{ start: grade.hardest.start, end: grade.hardest.end, vars: { value: Math.round(grade.grade * 10) / 10 } }];
  },
};
