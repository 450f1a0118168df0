import type { CompiledRuleSet } from './compile';
import type { RuleContext } from './context';
import { isAnswered } from './customer/coverage';
import type { Listening } from './types';

/**
 * The panel's view of active listening: the customer's mood, their questions (answered or not) and
 * the topics with their anticipated needs (covered or not). Undefined when there is nothing to show.
 */
export function summarizeListening(set: CompiledRuleSet, context: RuleContext): Listening | undefined {
  const { customer, text } = context;
  const topics: Listening['topics'] = [];
  for (const { rule, topicState } of set.rules) {
    if (rule.kind !== 'topic' || !topicState) continue;
    const state = topicState(context);
    if (!state) continue;
    topics.push({
      topic: rule.topic,
      ruleId: rule.id,
      label: rule.label,
      ...(state.customerTrigger ? { trigger: state.customerTrigger } : {}),
      needs: state.needs.map(({ id, label, covered }) => ({ id, label, covered })),
    });
  }
  if (!customer && topics.length === 0) return undefined;
  return {
    ...(customer ? { mood: { primary: customer.mood.primary, states: customer.mood.states, cues: customer.mood.cues } } : {}),
    questions: (customer?.questions ?? []).map((question) => ({
      start: question.start,
      end: question.end,
      text: question.text,
      kind: question.kind,
      answered: isAnswered(question, text),
    })),
    topics,
  };
}
