import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { NO_POLICY, isLocked, parseManagedPolicy, resolveActiveRuleSet } from '../../../lib/rules/managed';
import { RuleSet } from '../../../lib/rules/schema';

const rule = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: [id], ...extra });
const set = (extra: Record<string, unknown>) => RuleSet.parse({ schemaVersion: 1, name: 'Team', ...extra });
const byId = (ruleSet: RuleSet) => new Map(ruleSet.rules.map((entry) => [entry.id, entry]));

const adminSet = { schemaVersion: 1, name: 'Acme policy', version: '3.0.0', extends: 'default', rules: [rule('acme.banned')] };

describe('the managed policy', () => {
  it('reads a rule set given as JSON text, YAML text, or an object (Firefox policies.json)', () => {
    const fromJson = parseManagedPolicy({ ruleSet: JSON.stringify(adminSet) });
    const fromYaml = parseManagedPolicy({ ruleSet: 'schemaVersion: 1\nname: Acme policy\nrules: []\n' });
    const fromObject = parseManagedPolicy({ ruleSet: adminSet, lockedRules: ['tone.blame'], lockAll: false });
    expect(fromJson.ruleSet?.name).toBe('Acme policy');
    expect(fromYaml.ruleSet?.name).toBe('Acme policy');
    expect(fromObject).toMatchObject({ ruleSet: { name: 'Acme policy' }, lockedRules: ['tone.blame'], lockAll: false, errors: [] });
  });

  it('reports an invalid managed set with the path of each error, and keeps the locks', () => {
    const policy = parseManagedPolicy({ ruleSet: JSON.stringify({ ...adminSet, rules: [rule('Bad Id')] }), lockedRules: ['tone.blame'] });
    expect(policy.ruleSet).toBeUndefined();
    expect(policy.errors).toEqual([expect.objectContaining({ path: 'ruleSet: rules[0].id' })]);
    expect(policy.lockedRules).toEqual(['tone.blame']);
  });

  it('reports locks of the wrong type instead of guessing', () => {
    expect(parseManagedPolicy({ lockedRules: 'tone.blame', lockAll: 'yes' }).errors.map((error) => error.path)).toEqual(['lockedRules', 'lockAll']);
  });

  it.each([
    { items: {}, teamStatsExport: true, errors: [] },
    { items: { teamStatsExport: false }, teamStatsExport: false, errors: [] },
    { items: { teamStatsExport: 'no' }, teamStatsExport: true, errors: ['teamStatsExport'] },
  ])('switches the team figures export off only when told to: $items', ({ items, teamStatsExport, errors }) => {
    const policy = parseManagedPolicy(items);
    expect(policy.teamStatsExport).toBe(teamStatsExport);
    expect(policy.errors.map((error) => error.path)).toEqual(errors);
  });

  it('knows which rules are locked', () => {
    expect(isLocked({ ...NO_POLICY, lockedRules: ['tone.blame'] }, 'tone.blame')).toBe(true);
    expect(isLocked({ ...NO_POLICY, lockedRules: ['tone.blame'] }, 'tone.shouting')).toBe(false);
    expect(isLocked({ ...NO_POLICY, lockAll: true }, 'anything')).toBe(true);
  });
});

describe('the active rule set: local edits and the administrator’s policy', () => {
  const pack = defaultRuleSet();

  it('is the pack when there is neither a local set nor a policy', () => {
    expect(resolveActiveRuleSet(null, NO_POLICY).rules.map((entry) => entry.id)).toEqual(pack.rules.map((entry) => entry.id));
  });

  it('is the local set as written when there is no managed set', () => {
    const local = set({ rules: [rule('mine')] });
    expect(resolveActiveRuleSet(local, NO_POLICY)).toMatchObject({ name: 'Team', rules: [{ id: 'mine' }] });
  });

  it('lets the managed set win: local overrides and rules apply on top of it, it is never dropped', () => {
    const policy = parseManagedPolicy({ ruleSet: adminSet });
    const local = set({ overrides: { 'tone.shouting': { severity: 'error' } }, rules: [rule('mine')] });
    const active = byId(resolveActiveRuleSet(local, policy));
    expect(active.has('acme.banned')).toBe(true);
    expect(active.has('mine')).toBe(true);
    expect(active.get('tone.shouting')?.severity).toBe('error');
    expect(resolveActiveRuleSet(local, policy).name).toBe('Acme policy');
  });

  it('keeps a locked rule as the administrator defined it, whatever the local set does to it', () => {
    const policy = parseManagedPolicy({ ruleSet: adminSet, lockedRules: ['acme.banned', 'tone.blame'] });
    const local = set({
      overrides: { 'tone.blame': { enabled: false }, 'tone.shouting': { enabled: false } },
      rules: [rule('acme.banned', { phrases: ['something else'] })],
    });
    const active = byId(resolveActiveRuleSet(local, policy));
    expect(active.get('tone.blame')?.enabled).toBe(true);
    expect(active.get('acme.banned')).toMatchObject({ phrases: ['acme.banned'] });
    expect(active.get('tone.shouting')?.enabled).toBe(false);
  });

  it('locks pack rules without a managed set, and brings back a locked rule a standalone local set left out', () => {
    const policy = parseManagedPolicy({ lockedRules: ['tone.blame'] });
    const standaloneLocal = set({ rules: [rule('mine')] });
    expect(resolveActiveRuleSet(standaloneLocal, policy).rules.map((entry) => entry.id)).toEqual(['mine', 'tone.blame']);
  });

  it('ignores the local set entirely with lockAll', () => {
    const policy = parseManagedPolicy({ ruleSet: adminSet, lockAll: true });
    const active = resolveActiveRuleSet(set({ rules: [rule('mine')], overrides: { 'tone.blame': { enabled: false } } }), policy);
    expect(byId(active).has('mine')).toBe(false);
    expect(byId(active).get('tone.blame')?.enabled).toBe(true);
  });

  it('falls back to the local set when the managed set is invalid', () => {
    const policy = parseManagedPolicy({ ruleSet: '{ not json' });
    expect(policy.errors).toHaveLength(1);
    expect(resolveActiveRuleSet(set({ rules: [rule('mine')] }), policy).rules.map((entry) => entry.id)).toEqual(['mine']);
  });
});

describe("how to read helpdesks: the policy's selectors and the team's", () => {
  const adminHelpdesks = { zendesk: { hosts: ['support.acme.com'], customerName: ['.admin-name'] } };
  const teamHelpdesks = { zendesk: { customerName: ['.team-name'], subject: ['.team-subject'] }, front: { customerName: ['.front-name'] } };

  it.each([
    ['the policy alone', null, { ...NO_POLICY, ruleSet: set({ helpdesks: adminHelpdesks }) }, adminHelpdesks],
    ['the local file alone', set({ helpdesks: teamHelpdesks }), NO_POLICY, teamHelpdesks],
    [
      "both: the administrator's selectors first, hosts from both",
      set({ helpdesks: teamHelpdesks }),
      { ...NO_POLICY, ruleSet: set({ helpdesks: adminHelpdesks }) },
      { zendesk: { hosts: ['support.acme.com'], customerName: ['.admin-name', '.team-name'], subject: ['.team-subject'] }, front: { customerName: ['.front-name'] } },
    ],
    ['lockAll: the local file is ignored', set({ helpdesks: teamHelpdesks }), { ...NO_POLICY, lockAll: true, ruleSet: set({ helpdesks: adminHelpdesks }) }, adminHelpdesks],
    ['neither', set({}), NO_POLICY, undefined],
  ])('%s', (_case, local, policy, helpdesks) => {
    expect(resolveActiveRuleSet(local, policy).helpdesks).toEqual(helpdesks);
  });
});
