import { describe, expect, it } from 'vitest';
import { addRule, inheritedRuleIds, isRuleChanged, newDraft, removeRule, rulePathPrefixes, setRuleFields, setRuleProps } from '../../../lib/rules/edit-draft';
import { validateRuleSet } from '../../../lib/rules/load';
import { NO_POLICY, resolveActiveRuleSet } from '../../../lib/rules/managed';
import type { Rule } from '../../../lib/rules/schema';

const active = (draft: ReturnType<typeof newDraft>) => new Map(resolveActiveRuleSet(draft, NO_POLICY).rules.map((rule) => [rule.id, rule]));
const mine = { id: 'team.globex', kind: 'phrase', category: 'tone', severity: 'warning', enabled: true, message: 'm', explanation: 'e', phrases: ['Globex'], caseSensitive: false } as Rule;

describe('editing a draft rule set the way a team lead would write it', () => {
  it('switches a pack rule off and re-grades it under overrides, and drops an empty override', () => {
    let draft = setRuleProps(newDraft(), 'tone.blame', { enabled: false, severity: 'error' });
    expect(draft.overrides).toEqual({ 'tone.blame': { enabled: false, severity: 'error' } });
    expect(active(draft).get('tone.blame')).toMatchObject({ enabled: false, severity: 'error' });
    draft = setRuleProps(draft, 'tone.blame', { enabled: undefined, severity: undefined });
    expect(draft.overrides).toEqual({});
  });

  it('replaces a pack rule when its phrases change, keeping its override in the replacement', () => {
    const before = setRuleProps(newDraft(), 'clarity.vague-time', { severity: 'error' });
    const current = active(before).get('clarity.vague-time')!;
    const draft = setRuleFields(before, current, { phrases: ['soon', 'shortly'] });
    expect(draft.overrides).toEqual({});
    expect(draft.rules).toEqual([expect.objectContaining({ id: 'clarity.vague-time', severity: 'error', phrases: ['soon', 'shortly'] })]);
    expect(validateRuleSet(draft).ok).toBe(true);
    expect(isRuleChanged(draft, 'clarity.vague-time')).toBe(true);
  });

  it('edits the team’s own rules in place, and removes them', () => {
    let draft = addRule(newDraft(), mine);
    draft = setRuleProps(draft, 'team.globex', { severity: 'error' });
    draft = setRuleFields(draft, mine, { phrases: ['Globex', 'Initech'] });
    expect(draft.rules).toEqual([expect.objectContaining({ severity: 'error', phrases: ['Globex', 'Initech'] })]);
    expect(draft.overrides).toEqual({});
    expect(removeRule(draft, 'team.globex').rules).toEqual([]);
  });

  it('takes an inherited rule back to the pack’s definition', () => {
    const changed = setRuleFields(setRuleProps(newDraft(), 'tone.blame', { enabled: false }), active(newDraft()).get('tone.blame')!, { phrases: ['x'] });
    const reset = removeRule(changed, 'tone.blame');
    expect(isRuleChanged(reset, 'tone.blame')).toBe(false);
    expect(active(reset).get('tone.blame')).toMatchObject({ phrases: expect.arrayContaining(['as I already explained']) });
  });

  it('knows which rules are inherited and where a rule’s fields are in the file', () => {
    const draft = addRule(newDraft(), mine);
    expect(inheritedRuleIds(draft, NO_POLICY).has('tone.blame')).toBe(true);
    expect(inheritedRuleIds({ ...draft, extends: undefined }, NO_POLICY).size).toBe(0);
    expect(rulePathPrefixes(draft, 'team.globex')).toEqual(['rules[0]', 'overrides["team.globex"]']);
  });
});
