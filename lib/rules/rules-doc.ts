import { guidanceTitle } from './guidance-title';
import { ruleTitle } from './rule-title';
import { CATEGORIES, type Category } from './vocabulary';
import type { Example, Rule, RuleSet } from './schema';

const CATEGORY_TITLES: Record<Category, string> = {
  tone: 'Tone',
  empathy: 'Empathy',
  clarity: 'Clarity',
  personalization: 'Personalization',
  'follow-up': 'Follow-up',
};

const MAX_LISTED_PHRASES = 12;

/**
 * docs/rules.md: every rule of a set, by category, with what it flags, why, and its examples.
 * Generated from the pack so it cannot drift (tests/unit/rules/rules-doc.test.ts).
 */
export function rulesDocument(ruleSet: RuleSet): string {
  const lines = [
    `# ${ruleSet.name}: the rules`,
    '',
    '<!-- Generated from rules/*.yaml by `npm run docs:rules`; edit the YAML, not this file. -->',
    '',
    `${ruleSet.rules.length} rules. Each one paraphrases a chapter of the customer-service guidance it cites, and its`,
    'examples are run by the test suite (`npm run rules -- test <file>` does the same for your own rule files).',
    '',
  ];
  for (const category of CATEGORIES) {
    const rules = ruleSet.rules.filter((rule) => rule.category === category);
    if (rules.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const rule of rules) lines.push(...describeRule(rule));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function describeRule(rule: Rule): string[] {
  // Named as agents and leads see it; the id is what a rule file's `overrides` use.
  const lines = [`### ${ruleTitle(rule)}`, '', `\`${rule.id}\`: *${rule.kind} rule, ${rule.severity}${rule.enabled ? '' : ', off by default'}*`, ''];
  lines.push(`**Flags:** ${whatItFlags(rule)}`, '');
  lines.push(`**Why:** ${rule.explanation}${rule.guidance ? ` *(from the guidance chapter “${guidanceTitle(rule.guidance)}”)*` : ''}`, '');
  const flagged = rule.examples?.flagged ?? [];
  const accepted = rule.examples?.accepted ?? [];
  if (flagged.length > 0) lines.push('Flagged:', '', ...flagged.map((example) => `- ${exampleText(example)}`), '');
  if (accepted.length > 0) lines.push('Accepted:', '', ...accepted.map((example) => `- ${exampleText(example)}`), '');
  return lines;
}

function whatItFlags(rule: Rule): string {
  switch (rule.kind) {
    case 'phrase':
    case 'occurrence':
      return `${phraseList(rule.phrases, rule.patterns)}${rule.kind === 'occurrence' ? `, more than ${rule.max} per ${rule.scope}` : ''}.`;
    case 'substitution':
      return `${Object.entries(rule.swap)
        .slice(0, MAX_LISTED_PHRASES)
        .map(([from, to]) => `"${from}" → "${to}"`)
        .join(', ')}.`;
    case 'metric':
      return `${rule.metric} above ${rule.max}${rule.minDraftWords ? ` (replies of ${rule.minDraftWords}+ words)` : ''}.`;
    case 'requirement':
      return `a reply that never says ${phraseList(rule.phrases, rule.patterns)}${rule.withinSentences ? ` in its first ${rule.withinSentences} sentences` : ''}${rule.withinLastSentences ? ` in its last ${rule.withinLastSentences} sentences` : ''}${rule.when ? ' (when its condition holds)' : ''}.`;
    case 'check':
      return `${rule.message.replace(/\{\w+\}/g, '…')} (code-backed check \`${rule.check}\`).`;
    case 'topic':
      return `when the conversation is about ${rule.label.toLowerCase()}, each of these the reply does not cover yet: ${rule.needs.map((need) => need.label.toLowerCase()).join('; ')}.`;
  }
}

function phraseList(phrases: string[] | undefined, patterns: string[] | undefined): string {
  const shown = (phrases ?? []).slice(0, MAX_LISTED_PHRASES).map((phrase) => `"${phrase}"`);
  const more = (phrases?.length ?? 0) - shown.length;
  const parts = [...shown, ...(more > 0 ? [`and ${more} more`] : []), ...(patterns?.length ? [`${patterns.length} pattern${patterns.length > 1 ? 's' : ''}`] : [])];
  return parts.join(', ');
}

function exampleText(example: Example): string {
  const quote = (text: string) => `"${text.replace(/\s*\n\s*/g, ' ⏎ ').trim()}"`;
  if (typeof example === 'string') return quote(example);
  const context = [example.customerName && `customer ${example.customerName}`, example.customerMessage && `customer wrote ${quote(example.customerMessage)}`].filter(Boolean);
  return `${quote(example.draft)}${context.length ? ` (${context.join('; ')})` : ''}`;
}
