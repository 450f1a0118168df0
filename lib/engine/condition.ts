import type { Condition } from '../rules/schema';
import type { AnalysisContext } from './analysis-context';
import { compileMatcher } from './matcher';

/** A rule's `when`: all of its parts must hold for the rule to apply. No `when` always applies. */
export function compileCondition(when: Condition | undefined): (context: AnalysisContext) => boolean {
  if (!when) return () => true;
  const tests: ((context: AnalysisContext) => boolean)[] = [];
  if (when.customerName === 'known') tests.push((context) => Boolean(context.customerFirstName));
  if (when.customerMood) {
    const moods = when.customerMood;
    tests.push(({ customer }) => Boolean(customer) && customer!.mood.states.some((state) => moods.includes(state)));
  }
  if (when.customerMentions) {
    const matcher = compileMatcher(when.customerMentions);
    tests.push(({ input }) => Boolean(input.customerMessage) && matcher.findAll(input.customerMessage!).length > 0);
  }
  if (when.draftMentions) {
    const matcher = compileMatcher(when.draftMentions);
    tests.push(({ text }) => matcher.findAll(text.prose).length > 0);
  }
  if (when.minDraftWords !== undefined) {
    const min = when.minDraftWords;
    tests.push(({ text }) => text.words.length >= min);
  }
  return (context) => tests.every((test) => test(context));
}
