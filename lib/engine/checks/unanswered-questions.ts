import type { CheckOptions } from '../../rules/check-options';
import type { Hit, RuleRunner } from '../context';
import { wholeReplyAnchor } from '../context';
import { isAnswered } from '../customer/coverage';

/**
 * Each question or request in the customer's message that the reply does not answer. The finding
 * quotes the question and points at it in the customer's message (`trigger`).
 */
export function unansweredQuestions(_options: CheckOptions<'unanswered-questions'>): RuleRunner {
  return ({ customer, text }) => {
    if (!customer) return [];
    const anchor = wholeReplyAnchor(text);
    const hits: Hit[] = [];
    for (const question of customer.questions) {
      if (isAnswered(question, text)) continue;
      hits.push({ ...anchor, vars: { question: question.text }, trigger: { source: 'customer', start: question.start, end: question.end } });
    }
    return hits;
  };
}
