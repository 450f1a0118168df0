import type { CheckOptions } from '../../rules/check-options';
import { closingPlace } from '../anchors';
import type { Addressed } from '../customer/addressing';
import type { Hit, RuleBehaviour } from '../hit';

/** The panel ticks a question only when it is addressed with something the customer can act on. */
const isAnswered = (how: Addressed | undefined) => how !== undefined && how !== 'vague';

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
      // A short social reply handles one thing and is judged as a whole; an email should answer each question.
      if (!customer || !context.replyMoves.emailStyle) return [];
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
        questions: questions.map((question) => {
          const how = context.addressing(question);
          return { start: question.start, end: question.end, text: question.text, kind: question.kind, answered: isAnswered(how), ...(how ? { how } : {}) };
        }),
      };
    },
  };
}
