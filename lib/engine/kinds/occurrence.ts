import type { RuleOfKind } from '../../rules/schema';
import type { Hit, RuleRunner } from '../hit';
import { compileMatcher } from '../matcher';
import type { Span } from '../types';

/** Occurrence: more than `max` matches in one scope (the draft, a paragraph, a sentence). */
export function compileOccurrenceRule(rule: RuleOfKind<'occurrence'>): RuleRunner {
  const matcher = compileMatcher(rule);
  return ({ text }) => {
    const matches = matcher.findAll(text.prose);
    if (matches.length <= rule.max) return [];
    const scopes: Span[] =
      rule.scope === 'draft' ? [{ start: 0, end: text.draft.length }] : rule.scope === 'paragraph' ? text.paragraphs : text.sentences;
    const hits: Hit[] = [];
    for (const scope of scopes) {
      const inside = matches.filter((match) => scope.start <= match.start && match.end <= scope.end);
      const excess = inside[rule.max];
      if (excess) hits.push({ ...excess, vars: { count: inside.length, max: rule.max, match: text.draft.slice(excess.start, excess.end) } });
    }
    return hits;
  };
}
