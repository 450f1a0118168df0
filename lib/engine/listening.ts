import type { AnalysisContext } from './analysis-context';
import type { CompiledRule } from './compile';
import type { Listening } from './types';

/**
 * The panel's view of active listening: the customer's mood, and what the enabled rules add (their
 * questions, addressed or not; topics with their anticipated needs). Undefined when there is nothing
 * to show.
 */
export function summarizeListening(rules: readonly CompiledRule[], context: AnalysisContext): Listening | undefined {
  const { customer } = context;
  const questions: Listening['questions'] = [];
  const topics: Listening['topics'] = [];
  for (const { listening } of rules) {
    if (!listening) continue;
    const part = listening(context);
    questions.push(...(part.questions ?? []));
    topics.push(...(part.topics ?? []));
  }
  if (!customer) return topics.length === 0 ? undefined : { questions, topics };
  return { mood: { primary: customer.mood.primary, states: customer.mood.states, cues: customer.mood.cues }, questions, topics };
}
