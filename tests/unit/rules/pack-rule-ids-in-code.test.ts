// Code that names a rule of the default pack (tips, outcomes, reflection, panel) must name one that
// exists: a renamed rule would otherwise leave a tip that never shows and a count that never moves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { CATEGORIES } from '../../../lib/rules/vocabulary';

const REPO = join(import.meta.dirname, '../../..');
const SOURCE_FOLDERS = ['lib', 'components', 'entrypoints'];
const RULE_ID_LITERAL = new RegExp(`['"\`]((?:${CATEGORIES.join('|')})\\.[a-z0-9]+(?:-[a-z0-9]+)*)['"\`]`, 'g');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const named = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(REPO, folder))).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(RULE_ID_LITERAL)].map((match) => ({ file: file.slice(REPO.length + 1), ruleId: match[1]! })),
);

describe('pack rule ids named in code', () => {
  it('finds some (the check itself works)', () => {
    expect(named.map(({ ruleId }) => ruleId)).toContain('personalization.name-unused');
  });

  const packIds = new Set(defaultRuleSet().rules.map((rule) => rule.id));
  it.each(named)('$file names $ruleId, a rule of the pack', ({ ruleId }) => {
    expect(packIds.has(ruleId)).toBe(true);
  });
});
