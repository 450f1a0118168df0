import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetJsonSchema } from '../../../lib/rules/json-schema';

describe('schema/rule-set.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing lib/rules/schema.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../schema/rule-set.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(ruleSetJsonSchema())));
  });
});
