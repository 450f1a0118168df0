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
    const searchStart = rule.withinLastSentences ? (sentences.at(-rule.withinLastSentences) ?? sentences[0])?.start ?? 0 : 0;
    const searchEnd = rule.withinSentences ? (sentences[rule.withinSentences - 1] ?? sentences.at(-1))?.end ?? 0 : text.draft.length;
    const met = matcher
      .findAll(text.prose)
      .some((match) => match.start >= searchStart && match.start < searchEnd && !overlapsAny(match, excluded));
    if (met) return [];
    if (rule.withinLastSentences) {
      const last = sentences.at(-1);
      return last ? [{ start: last.start, end: last.end }] : [];
    }
    const hit: Hit = (rule.insert && insertionAtStart(text, rule.insert)) || wholeReplyAnchor(text);
    return [hit];
  };
}
