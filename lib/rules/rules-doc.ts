import { guidanceTitle } from './guidance-title';
import { ruleTitle } from './rule-title';
import { type AnswerShape, CATEGORIES, type Category, type Mood } from './vocabulary';
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
  const when = conditionInWords(rule.when);
  if (when) lines.push(`**Only when:** ${when}.`, '');
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
      return `a reply that never says ${phraseList(rule.phrases, rule.patterns)}${rule.withinSentences ? ` in its first ${rule.withinSentences} sentences` : ''}${rule.withinLastSentences ? ` in its last ${rule.withinLastSentences} sentences` : ''}.`;
    case 'check':
      return `${rule.message.replace(/\{\w+\}/g, '…')} (code-backed check \`${rule.check}\`).`;
    case 'topic':
      return `when the conversation is about ${rule.label.toLowerCase()}, each of these the reply does not cover yet: ${rule.needs.map((need) => need.label.toLowerCase()).join('; ')}.`;
  }
}

/** A rule's `when`, as a lead reads it: "the customer is upset; the customer asked when". */
function conditionInWords(when: Rule['when']): string | undefined {
  if (!when) return undefined;
  const parts = [
    when.customerMood && `the customer reads as ${listOr(when.customerMood.map((mood) => MOOD_WORDS[mood]))}`,
    when.customerAsks && `the customer asked ${listOr(when.customerAsks.map((shape) => QUESTION_WORDS[shape]))}`,
    when.customerName && "the customer's name is known",
    when.customerMentions && `the customer ${mentions(when.customerMentions)}`,
    when.draftMentions && `the reply ${mentions(when.draftMentions)}`,
    when.minDraftWords !== undefined && `the reply has ${when.minDraftWords}+ words`,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join('; ') : undefined;
}

const MOOD_WORDS: Record<Mood, string> = { upset: 'upset (more than one sign)', annoyed: 'annoyed (one sign of upset)', urgent: 'in a hurry', repeat: 'writing again', neutral: 'calm', positive: 'happy' };
const QUESTION_WORDS: Record<AnswerShape, string> = { time: 'when (or how long)', amount: 'how much', steps: 'how to', action: 'what you will do about it', 'yes-no': 'a yes-or-no question', reason: 'why', open: 'an open question' };

function mentions({ phrases, patterns }: { phrases?: string[] | undefined; patterns?: string[] | undefined }): string {
  return phrases?.length ? `says ${phraseList(phrases, patterns)}` : `matches one of ${patterns?.length ?? 0} patterns`;
}

function listOr(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
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
