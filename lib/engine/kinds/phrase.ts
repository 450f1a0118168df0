import type { RuleOfKind } from '../../rules/schema';
import type { Hit, RuleRunner } from '../context';
import { compileMatcher, overlapsAny } from '../matcher';

/** Existence: every match of the phrases or patterns is a finding, unless an "unless" match is near. */
export function compilePhraseRule(rule: RuleOfKind<'phrase'>): RuleRunner {
  const matcher = compileMatcher(rule);
  const unless = rule.unless ? { within: rule.unless.within, matcher: compileMatcher(rule.unless) } : undefined;
  return ({ text }) => {
    const matches = matcher.findAll(text.prose);
    if (matches.length === 0) return [];
    const excusing = unless?.matcher.findAll(text.prose) ?? [];
    if (unless?.within === 'draft' && excusing.length > 0) return [];
    const hits: Hit[] = [];
    for (const match of matches) {
      if (unless) {
        const sentence = text.sentences.find((candidate) => candidate.start <= match.start && match.end <= candidate.end);
        if (sentence && overlapsAny(sentence, excusing)) continue;
      }
      const vars = { match: text.draft.slice(match.start, match.end) };
      hits.push(rule.replacement === undefined ? { ...match, vars } : { ...match, vars, suggestion: { replacement: rule.replacement } });
    }
    return hits;
  };
}
