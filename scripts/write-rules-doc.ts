// Writes docs/rules.md from the bundled pack; tests/unit/rules/rules-doc.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { defaultRuleSet } from '../lib/rules/default-pack';
import { rulesDocument } from '../lib/rules/rules-doc';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, rulesDocument(defaultRuleSet()));
console.log(`wrote ${target.pathname}`);
