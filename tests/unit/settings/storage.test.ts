import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActiveRuleSet, watchActiveRuleSet } from '../../../lib/settings/active-rule-set';
import { MAX_RULE_SET_BYTES, readLocalRuleSet, saveLocalRuleSet } from '../../../lib/settings/local-rule-set';
import { readManagedPolicy } from '../../../lib/settings/managed-policy';
import { getMutedRules, muteRule, unmuteRule } from '../../../lib/settings/muted-rules';
import { RuleSet } from '../../../lib/rules/schema';

const team = RuleSet.parse({
  schemaVersion: 1,
  name: 'Team',
  extends: 'default',
  rules: [{ id: 'team.globex', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['Globex'] }],
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the active rule set in storage.local', () => {
  it('is the pack until a set is saved, then that set, then the pack again after a reset', async () => {
    expect((await loadActiveRuleSet()).ruleSet.rules.some((rule) => rule.id === 'team.globex')).toBe(false);
    expect(await saveLocalRuleSet(team)).toEqual({ ok: true });
    expect((await loadActiveRuleSet()).ruleSet.rules.some((rule) => rule.id === 'team.globex')).toBe(true);
    await saveLocalRuleSet(null);
    expect((await readLocalRuleSet()).ruleSet).toBeNull();
  });

  it('refuses to store an invalid set and keeps the previous one', async () => {
    await saveLocalRuleSet(team);
    const broken = { ...team, rules: [{ ...team.rules[0]!, id: 'Not An Id' }] } as RuleSet;
    expect(await saveLocalRuleSet(broken)).toEqual({ ok: false, message: expect.stringContaining('rules[0].id') });
    expect((await readLocalRuleSet()).ruleSet?.rules[0]?.id).toBe('team.globex');
  });

  it('refuses a set too large for the storage area, without writing anything', async () => {
    const huge = { ...team, description: 'x'.repeat(MAX_RULE_SET_BYTES) };
    expect(await saveLocalRuleSet(huge)).toEqual({ ok: false, message: expect.stringContaining('limit') });
    expect((await readLocalRuleSet()).ruleSet).toBeNull();
  });

  it('stores a large but reasonable set whole (storage.local has no 8 KB item limit)', async () => {
    const rules = Array.from({ length: 400 }, (_, index) => ({ ...team.rules[0]!, id: `team.rule-${index}`, phrases: Array.from({ length: 20 }, (_, n) => `phrase ${index} ${n}`) }));
    expect(await saveLocalRuleSet({ ...team, rules })).toEqual({ ok: true });
    expect((await readLocalRuleSet()).ruleSet?.rules).toHaveLength(400);
  });

  it('treats a stored set that no longer validates as absent, and says why', async () => {
    await fakeBrowser.storage.local.set({ ruleSet: { schemaVersion: 1, name: 'Old', rules: [{ id: 'x', kind: 'telepathy' }] } });
    const stored = await readLocalRuleSet();
    expect(stored.ruleSet).toBeNull();
    expect(stored.errors[0]?.path).toBe('rules[0].kind');
  });

  it('tells watchers (the background, open panels) about a new set at once', async () => {
    const seen = vi.fn();
    const stop = watchActiveRuleSet(seen);
    await saveLocalRuleSet(team);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ ruleSet: expect.objectContaining({ name: 'Team' }) })));
    stop();
  });
});

describe('the managed policy from storage.managed', () => {
  it('reads what the administrator set and makes it the active set', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: JSON.stringify({ schemaVersion: 1, name: 'Acme policy', rules: [] }), lockAll: true });
    const active = await loadActiveRuleSet();
    expect(active.policy).toMatchObject({ lockAll: true, errors: [] });
    expect(active.ruleSet).toMatchObject({ name: 'Acme policy', rules: [] });
  });

  it('means "no policy" when the browser has none (Firefox rejects the read)', async () => {
    const rejecting = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(rejecting)).toEqual({ lockedRules: [], lockAll: false, teamStatsExport: true, errors: [] });
    expect(await readManagedPolicy()).toEqual({ lockedRules: [], lockAll: false, teamStatsExport: true, errors: [] });
  });

  it('re-resolves the active set when the administrator changes the policy', async () => {
    const seen = vi.fn();
    const stop = watchActiveRuleSet(seen);
    await fakeBrowser.storage.managed.set({ lockedRules: ['tone.blame'] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ policy: expect.objectContaining({ lockedRules: ['tone.blame'] }) })));
    stop();
  });
});

describe('muted rules', () => {
  it('adds a rule once, lists it, and shows it again', async () => {
    await muteRule('tone.blame');
    await muteRule('tone.blame');
    await muteRule('clarity.vague-time');
    expect(await getMutedRules()).toEqual(['tone.blame', 'clarity.vague-time']);
    await unmuteRule('tone.blame');
    expect(await getMutedRules()).toEqual(['clarity.vague-time']);
  });
});
