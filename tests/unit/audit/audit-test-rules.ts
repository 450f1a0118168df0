import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleSet } from '../../../lib/rules/load';
import type { RuleSet } from '../../../lib/rules/schema';

// Joined by hand: happy-dom's URL (the components test) does not resolve file URLs.
/** The audit tests' fixed rule set on disk, for commands that take `--rules`. */
export const AUDIT_TEST_RULES_PATH = join(dirname(fileURLToPath(import.meta.url)), 'audit-test-rules.yaml');
export const AUDIT_TEST_RULES_YAML = readFileSync(AUDIT_TEST_RULES_PATH, 'utf8');

/** The audit tests' fixed rule set, loaded as a lead's rule file is. */
export function auditTestRuleSet(): RuleSet {
  const loaded = loadRuleSet(AUDIT_TEST_RULES_YAML);
  if (!loaded.ok) throw new Error(`audit-test-rules.yaml does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.ruleSet;
}
