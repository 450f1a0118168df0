import type { RuleOfKind } from '../../rules/schema';
import type { AnalysisContext } from '../analysis-context';
import type { Hit, RuleRunner } from '../hit';
import { phraseMatcher } from '../matcher';

const normalise = (phrase: string) => phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

/** Substitution: a phrase with a better one to say instead, offered as a one-click fix. */
export function compileSubstitutionRule(rule: RuleOfKind<'substitution'>): RuleRunner {
  const replacements = new Map(Object.entries(rule.swap).map(([phrase, replacement]) => [normalise(phrase), replacement]));
  const matcher = phraseMatcher(Object.keys(rule.swap), rule.caseSensitive);
  return (context) => {
    const hits: Hit[] = [];
    for (const match of matcher.findAll(context.text.prose)) {
      const found = context.text.draft.slice(match.start, match.end);
      const template = replacements.get(normalise(found));
      if (template === undefined) continue;
      const filled = fillReplacement(template, context, rule.withoutName);
      const replacement = filled === undefined ? undefined : matchCase(found, filled);
      const vars = { match: found, replacement: replacement ?? template };
      hits.push(replacement === undefined ? { start: match.start, end: match.end, vars } : { start: match.start, end: match.end, vars, suggestion: { replacement } });
    }
    return hits;
  };
}

function fillReplacement(template: string, context: AnalysisContext, withoutName: string | undefined): string | undefined {
  if (!template.includes('{customerFirstName}')) return template;
  if (context.customerFirstName) return template.replaceAll('{customerFirstName}', context.customerFirstName);
  return withoutName;
}

/** "Obviously" → "Clearly": a sentence-initial capital stays a capital. */
function matchCase(found: string, replacement: string): string {
  const first = found[0];
  if (first && first !== first.toLowerCase() && replacement) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}
