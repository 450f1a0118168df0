import type { RuleOfKind } from '../../rules/schema';
import { type Hit, type RuleRunner, bodySentences, insertionAtStart, wholeReplyAnchor } from '../context';
import { compileCondition } from '../condition';
import { compileMatcher, overlapsAny } from '../matcher';

/**
 * Requirement: something the reply must say (when the condition holds), optionally within its
 * first sentences. Matches of `notCounting` (a stock apology, say) do not meet it.
 */
export function compileRequirementRule(rule: RuleOfKind<'requirement'>): RuleRunner {
  const matcher = compileMatcher(rule);
  const notCounting = rule.notCounting ? compileMatcher(rule.notCounting) : undefined;
  const applies = compileCondition(rule.when);
  return (context) => {
    const { text } = context;
    if (text.words.length === 0 || !applies(context)) return [];
    const excluded = notCounting?.findAll(text.prose) ?? [];
    const sentences = bodySentences(text);
    const searchEnd = rule.withinSentences ? (sentences[rule.withinSentences - 1] ?? sentences.at(-1))?.end ?? 0 : text.draft.length;
    const met = matcher.findAll(text.prose).some((match) => match.start < searchEnd && !overlapsAny(match, excluded));
    if (met) return [];
    const hit: Hit = (rule.insert && insertionAtStart(text, rule.insert)) || wholeReplyAnchor(text);
    return [hit];
  };
}
