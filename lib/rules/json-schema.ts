import { z } from 'zod';
import { RuleSet } from './schema';

/** The rule-file format as JSON Schema (what a team lead writes, so defaults are optional). */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/reply-coach/reply-coach/schema/rule-set.schema.json',
    title: 'Reply Coach rule set',
    ...z.toJSONSchema(RuleSet, { io: 'input', unrepresentable: 'any' }),
  };
}
