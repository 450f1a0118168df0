import type { RuleOfKind } from '../../rules/schema';
import { bodySentences, closingPlace, insertionAtStart, openingPlace } from '../anchors';
import type { RuleRunner } from '../hit';
import { compileMatcher, overlapsAny } from '../matcher';

/**
 * Requirement: something the reply must say (when the condition holds), optionally within its
 * first sentences. Matches of `notCounting` (a stock apology, say) do not meet it.
 */
export function compileRequirementRule(rule: RuleOfKind<'requirement'>): RuleRunner {
  const matcher = compileMatcher(rule);
  const notCounting = rule.notCounting ? compileMatcher(rule.notCounting) : undefined;
  return (context) => {
    const { text } = context;
    if (text.words.length === 0) return [];
    const excluded = notCounting?.findAll(text.prose) ?? [];
    const sentences = bodySentences(text);
    const searchStart = rule.withinLastSentences ? (sentences.at(-rule.withinLastSentences) ?? sentences[0])?.start ?? 0 : 0;
    const searchEnd = rule.withinSentences ? (sentences[rule.withinSentences - 1] ?? sentences.at(-1))?.end ?? 0 : text.draft.length;
    const met = matcher
      .findAll(text.prose)
      .some((match) => match.start >= searchStart && match.start < searchEnd && !overlapsAny(match, excluded));
    if (met) return [];
    // What is missing belongs at the end (a closing line) or at the start (an opening line, the fix's place).
    if (rule.withinLastSentences) return [closingPlace(text)];
    return [rule.insert ? insertionAtStart(text, rule.insert) : openingPlace(text)];
  };
}
