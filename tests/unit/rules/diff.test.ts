import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { diffRuleSets, isEmptyDiff } from '../../../lib/rules/diff';
import { RuleSet } from '../../../lib/rules/schema';

const rule = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['a'], ...extra });
const set = (rules: Record<string, unknown>[], extra: Record<string, unknown> = {}) => RuleSet.parse({ schemaVersion: 1, name: 'Team', rules, ...extra });

describe('what changes between two rule sets', () => {
  it('lists rules added, removed and changed, by id', () => {
    const diff = diffRuleSets(set([rule('keep'), rule('gone'), rule('edit')]), set([rule('keep'), rule('edit', { severity: 'error' }), rule('new')]));
    expect(diff.added.map((added) => added.id)).toEqual(['new']);
    expect(diff.removed.map((removed) => removed.id)).toEqual(['gone']);
    expect(diff.changed).toEqual([{ id: 'edit', changes: [{ field: 'severity', before: 'warning', after: 'error' }] }]);
    expect(diff.unchanged).toBe(1);
  });

  it('says which words of a list came and went, and puts enabled and severity first', () => {
    const diff = diffRuleSets(set([rule('r', { kind: 'occurrence', phrases: ['a', 'b'], max: 1 })]), set([rule('r', { kind: 'occurrence', phrases: ['b', 'c'], max: 2, enabled: false, message: 'new' })]));
    expect(diff.changed[0]!.changes.map((change) => change.field)).toEqual(['enabled', 'max', 'message', 'phrases']);
    expect(diff.changed[0]!.changes.find((change) => change.field === 'phrases')).toMatchObject({ added: ['c'], removed: ['a'] });
  });

  it('compares what the sets run: an override of a pack rule shows as that rule changing', () => {
    const team = set([rule('team.extra')], { extends: 'default', overrides: { 'tone.blame': { enabled: false } } });
    const diff = diffRuleSets(defaultRuleSet(), team);
    expect(diff.added.map((added) => added.id)).toEqual(['team.extra']);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([{ id: 'tone.blame', changes: [{ field: 'enabled', before: true, after: false }] }]);
  });

  it('reports the set’s own fields: name, version, profile', () => {
    const diff = diffRuleSets(set([]), set([], { name: 'Team B', version: '2.0.0', appliesTo: { composer: ['reply'] } }));
    expect(diff.set.map((change) => [change.field, change.after])).toEqual([
      ['appliesTo', { composer: ['reply'] }],
      ['name', 'Team B'],
      ['version', '2.0.0'],
    ]);
  });

  it('finds nothing between equal sets, whatever the key order', () => {
    const a = set([rule('r', { unless: { within: 'sentence', phrases: ['x'] } })]);
    const b = set([{ unless: { phrases: ['x'], within: 'sentence' }, ...rule('r') }]);
    expect(isEmptyDiff(diffRuleSets(a, b))).toBe(true);
  });
});
