// Writes schema/rule-set.schema.json from the zod schema, so rule files autocomplete and validate
// in editors (YAML files point at it with a `yaml-language-server: $schema=` comment).
// tests/unit/rules/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { ruleSetJsonSchema } from '../lib/rules/json-schema';

const target = new URL('../schema/rule-set.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
