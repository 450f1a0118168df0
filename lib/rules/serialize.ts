import { stringify } from 'yaml';
import type { RuleFileFormat } from './load';
import type { RuleSet } from './schema';

/** A rule set as a file a team lead can keep in git, edit and import again (the loader reads it back as is). */
export function serializeRuleSet(ruleSet: RuleSet, format: RuleFileFormat): string {
  if (format === 'json') return `${JSON.stringify(ruleSet, null, 2)}\n`;
  const header = '# yaml-language-server: $schema=https://github.com/reply-coach/reply-coach/schema/rule-set.schema.json\n';
  // lineWidth 0: never fold long messages, so a diff of two exports shows whole lines.
  return header + stringify(ruleSet, { lineWidth: 0 });
}

/** "Acme support team" 1.3.0 → acme-support-team-1.3.0.yaml */
export function ruleSetFileName(ruleSet: RuleSet, format: RuleFileFormat): string {
  const slug = ruleSet.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rule-set';
  return `${slug}-${ruleSet.version}.${format}`;
}
