// The administrator's policy (chrome.storage.managed / Firefox policies.json, docs/managed-policy.md):
// a rule set pushed to every agent, and rules nobody can change locally. Pure: the caller reads the
// managed storage area (lib/settings/managed-policy.ts) and passes what it holds.
import { defaultRuleSet } from './default-pack';
import type { RuleSetError } from './errors';
import { loadRuleSet, validateRuleSet } from './load';
import { mergeHelpdeskOverrides } from './merge-helpdesk-overrides';
import { effectiveRules } from './resolve';
import { type Rule, type RuleSet, SCHEMA_VERSION } from './schema';

export interface ManagedPolicy {
  /** The administrator's rule set, when one is configured and valid. */
  ruleSet?: RuleSet;
  /** Rule ids that keep the administrator's (or, without a managed set, the pack's) definition. */
  lockedRules: string[];
  /** Every rule locked: local edits are ignored and the options page is read-only. */
  lockAll: boolean;
  /** Agents may export their team figures (counts only); false hides the export. */
  teamStatsExport: boolean;
  /** What is wrong with the policy; a bad managed set is ignored (the locks still hold). */
  errors: RuleSetError[];
}

export const NO_POLICY: ManagedPolicy = { lockedRules: [], lockAll: false, teamStatsExport: true, errors: [] };

/** The managed storage keys, as declared in public/managed_schema.json. */
export const MANAGED_KEYS = { ruleSet: 'ruleSet', lockedRules: 'lockedRules', lockAll: 'lockAll', teamStatsExport: 'teamStatsExport' } as const;

/**
 * Reads the policy from the managed storage area's items. `ruleSet` is the text of a rule file (JSON
 * or YAML: Chrome's policy schema cannot describe a free-form object) or, from Firefox's
 * policies.json, the object itself; both go through the loader every rule file goes through.
 */
export function parseManagedPolicy(items: Record<string, unknown>): ManagedPolicy {
  const policy: ManagedPolicy = { lockedRules: [], lockAll: false, teamStatsExport: true, errors: [] };
  const raw = items[MANAGED_KEYS.ruleSet];
  if (raw !== undefined && raw !== '') {
    const loaded = typeof raw === 'string' ? loadRuleSet(raw, raw.trimStart().startsWith('{') ? 'json' : 'yaml') : validateRuleSet(raw);
    if (loaded.ok) policy.ruleSet = loaded.ruleSet;
    else policy.errors.push(...loaded.errors.map((error) => ({ ...error, path: `${MANAGED_KEYS.ruleSet}: ${error.path}` })));
  }
  const locked = items[MANAGED_KEYS.lockedRules];
  if (Array.isArray(locked) && locked.every((id) => typeof id === 'string')) policy.lockedRules = locked;
  else if (locked !== undefined) policy.errors.push({ path: MANAGED_KEYS.lockedRules, message: 'expected a list of rule ids' });
  const lockAll = items[MANAGED_KEYS.lockAll];
  if (typeof lockAll === 'boolean') policy.lockAll = lockAll;
  else if (lockAll !== undefined) policy.errors.push({ path: MANAGED_KEYS.lockAll, message: 'expected true or false' });
  const teamStatsExport = items[MANAGED_KEYS.teamStatsExport];
  if (typeof teamStatsExport === 'boolean') policy.teamStatsExport = teamStatsExport;
  else if (teamStatsExport !== undefined) policy.errors.push({ path: MANAGED_KEYS.teamStatsExport, message: 'expected true or false' });
  return policy;
}

export function isLocked(policy: ManagedPolicy, ruleId: string): boolean {
  return policy.lockAll || policy.lockedRules.includes(ruleId);
}

/** What local edits build on: the administrator's set, or the bundled pack. */
export function baseRuleSet(policy: ManagedPolicy): RuleSet {
  return policy.ruleSet ?? { ...defaultRuleSet(), rules: [], extends: 'default' };
}

/**
 * The set the extension runs, as one standalone set (no `extends`, no `overrides`):
 * - no local set: the administrator's set, or the pack;
 * - a local set and no managed set: the local set as written (extending the pack or not);
 * - a local set and a managed set: the local overrides and rules applied on top of the managed set
 *   (the administrator's set wins: a local file cannot drop it wholesale);
 * and in every case a locked rule keeps its base definition whatever the local set says, and
 * `lockAll` ignores the local set.
 */
export function resolveActiveRuleSet(local: RuleSet | null, policy: ManagedPolicy): RuleSet {
  const base = baseRuleSet(policy);
  const baseRules = effectiveRules(base);
  if (!local || policy.lockAll) return standalone(policy.ruleSet ?? defaultRuleSet(), baseRules);
  const localRules = policy.ruleSet ? effectiveRules(local, baseRules) : effectiveRules(local);
  // How to read helpdesks: the administrator's selectors are tried first, the team's local ones next.
  const helpdesks = mergeHelpdeskOverrides(policy.ruleSet?.helpdesks, local.helpdesks);
  return standalone({ ...(policy.ruleSet ?? local), ...(helpdesks ? { helpdesks } : {}) }, enforceLocks(localRules, baseRules, policy));
}

function enforceLocks(rules: Rule[], baseRules: Rule[], policy: ManagedPolicy): Rule[] {
  if (policy.lockedRules.length === 0) return rules;
  const baseById = new Map(baseRules.map((rule) => [rule.id, rule]));
  const result = rules.flatMap((rule) => (isLocked(policy, rule.id) ? (baseById.has(rule.id) ? [baseById.get(rule.id)!] : []) : [rule]));
  const present = new Set(result.map((rule) => rule.id));
  // A locked rule the local set dropped comes back: removing it is a change too.
  for (const rule of baseRules) if (isLocked(policy, rule.id) && !present.has(rule.id)) result.push(rule);
  return result;
}

function standalone(meta: RuleSet, rules: Rule[]): RuleSet {
  const { extends: _pack, overrides: _overrides, rules: _rules, ...rest } = meta;
  return { ...rest, schemaVersion: SCHEMA_VERSION, overrides: {}, rules };
}
