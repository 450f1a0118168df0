import type { Rule } from './schema';

/**
 * What a rule is called where people read it: its `title`, or for a rule written without one its id's
 * last part in words ("acme.competitor-names" → "Competitor names").
 */
export function ruleTitle(rule: Pick<Rule, 'id' | 'title'>): string {
  if (rule.title) return rule.title;
  const words = (rule.id.split('.').at(-1) ?? rule.id).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
