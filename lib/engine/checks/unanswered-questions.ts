import type { CheckOptions } from '../../rules/check-options';
import { closingPlace } from '../anchors';
import type { Hit, RuleBehaviour } from '../hit';

/**
 * Each question or request in the customer's message that the reply does not address. The finding
 * quotes the question and points at it in the customer's message (`trigger`); in the reply it marks
 * the end, where an answer could go. The customer's questions, addressed or not, are its part of the
 * listening summary.
 */
export function unansweredQuestions(_options: CheckOptions<'unanswered-questions'>): RuleBehaviour {
  return {
    run(context) {
      const { customer, text } = context;
      if (!customer) return [];
      const place = closingPlace(text);
      const hits: Hit[] = [];
      for (const question of customer.questions) {
        if (context.isAddressed(question)) continue;
        hits.push({ ...place, vars: { question: question.text }, trigger: { source: 'customer', start: question.start, end: question.end } });
      }
      return hits;
    },
    listening(context) {
      const questions = context.customer?.questions ?? [];
      return {
        questions: questions.map((question) => ({ start: question.start, end: question.end, text: question.text, kind: question.kind, answered: context.isAddressed(question) })),
      };
    },
  };
}
