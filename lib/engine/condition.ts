import type { Condition } from '../rules/schema';
import type { AnalysisContext } from './analysis-context';
import { compileMatcher } from './matcher';

/**
 * A rule's `when`: all of its parts must hold for the rule to apply. No `when` always applies. The
 * cheap tests run first, and what the customer wrote is matched once per message, not per keystroke.
 */
export function compileCondition(when: Condition | undefined): (context: AnalysisContext) => boolean {
  if (!when) return () => true;
  const tests: ((context: AnalysisContext) => boolean)[] = [];
  if (when.minDraftWords !== undefined) {
    const min = when.minDraftWords;
    tests.push(({ text }) => text.words.length >= min);
  }
  if (when.customerName === 'known') tests.push((context) => Boolean(context.customerFirstName));
  if (when.customerMood) {
    const moods = when.customerMood;
    tests.push(({ customer }) => Boolean(customer) && customer!.mood.states.some((state) => moods.includes(state)));
  }
  if (when.customerAsks) {
    const shapes = when.customerAsks;
    tests.push(({ customer }) => Boolean(customer) && customer!.questions.some((question) => shapes.includes(question.shape)));
  }
  if (when.customerMentions) {
    const matcher = compileMatcher(when.customerMentions);
    let last: { message: string; mentions: boolean } | undefined;
    tests.push(({ input }) => {
      const message = input.customerMessage;
      if (!message) return false;
      if (last?.message !== message) last = { message, mentions: matcher.test(message) };
      return last.mentions;
    });
  }
  if (when.draftMentions) {
    const matcher = compileMatcher(when.draftMentions);
    tests.push(({ text }) => matcher.test(text.prose));
  }
  return (context) => tests.every((test) => test(context));
}
