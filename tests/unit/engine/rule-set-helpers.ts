import { type RuleSet, RuleSet as RuleSetSchema } from '../../../lib/rules/schema';

/** A rule set of just these rules (validated, defaults filled), for testing one kind at a time. */
export function ruleSetOf(...rules: Record<string, unknown>[]): RuleSet {
  return RuleSetSchema.parse({
    schemaVersion: 1,
    name: 'test',
    rules: rules.map((rule, index) => ({ id: `test.rule-${index}`, category: 'tone', message: '{match}', explanation: 'why', ...rule })),
  });
}
