// How the options page's edits are written into a rule set, so that an exported file reads the way
// a team lead would write it: switching a pack (or administrator) rule on/off, its severity and where
// it applies go under `overrides`; changing its phrases or limit makes a replacement rule with the
// same id under `rules`; the team's own rules are edited where they are. Pure: set in, new set out.
import { formatPath } from './errors';
import { type ManagedPolicy, baseRuleSet } from './managed';
import { effectiveRules } from './resolve';
import type { AppliesTo, Rule, RuleOverride, RuleSet } from './schema';

/** A new team set: the pack (or the administrator's set) as it is, nothing changed yet. */
export function newDraft(): RuleSet {
  return { schemaVersion: 1, name: 'My team', version: '1.0.0', extends: 'default', overrides: {}, rules: [] };
}

/** Ids of the rules a draft builds on (the administrator's set, or the pack when the draft extends it). */
export function inheritedRuleIds(draft: RuleSet, policy: ManagedPolicy): Set<string> {
  if (!policy.ruleSet && draft.extends !== 'default') return new Set();
  return new Set(effectiveRules(baseRuleSet(policy)).map((rule) => rule.id));
}

export type OverridableProps = { enabled?: boolean; severity?: Rule['severity']; appliesTo?: AppliesTo | undefined };

/** Switches a rule on or off, re-grades it or limits where it applies. */
export function setRuleProps(draft: RuleSet, ruleId: string, props: OverridableProps): RuleSet {
  const index = draft.rules.findIndex((rule) => rule.id === ruleId);
  if (index !== -1) {
    const rules = [...draft.rules];
    rules[index] = withoutUndefined({ ...draft.rules[index], ...props }) as Rule;
    return { ...draft, rules };
  }
  const override = withoutUndefined({ ...draft.overrides[ruleId], ...props }) as RuleOverride;
  const overrides = { ...draft.overrides };
  if (Object.keys(override).length === 0) delete overrides[ruleId];
  else overrides[ruleId] = override;
  return { ...draft, overrides };
}

/**
 * Changes a rule's own fields (phrases, max, swap…). An inherited rule gets a replacement built
 * from `current` (what it runs as now, overrides included), so the override is folded into it.
 */
export function setRuleFields(draft: RuleSet, current: Rule, fields: Record<string, unknown>): RuleSet {
  const index = draft.rules.findIndex((rule) => rule.id === current.id);
  const rules = [...draft.rules];
  const overrides = { ...draft.overrides };
  if (index === -1) {
    rules.push(withoutUndefined({ ...current, ...fields }) as Rule);
    delete overrides[current.id];
  } else {
    rules[index] = withoutUndefined({ ...draft.rules[index], ...fields }) as Rule;
  }
  return { ...draft, rules, overrides };
}

export function addRule(draft: RuleSet, rule: Rule): RuleSet {
  return { ...draft, rules: [...draft.rules, rule] };
}

/** Removes the team's rule, or takes an inherited rule back to its base definition. */
export function removeRule(draft: RuleSet, ruleId: string): RuleSet {
  const overrides = { ...draft.overrides };
  delete overrides[ruleId];
  return { ...draft, rules: draft.rules.filter((rule) => rule.id !== ruleId), overrides };
}

/** Whether the draft changes this rule at all (an override or a replacement). */
export function isRuleChanged(draft: RuleSet, ruleId: string): boolean {
  return ruleId in draft.overrides || draft.rules.some((rule) => rule.id === ruleId);
}

/** Where a rule's fields sit in the draft, as validation error paths start: `rules[3]`, `overrides["tone.blame"]`. */
export function rulePathPrefixes(draft: RuleSet, ruleId: string): string[] {
  const prefixes = [formatPath(['overrides', ruleId])];
  const index = draft.rules.findIndex((rule) => rule.id === ruleId);
  if (index !== -1) prefixes.unshift(formatPath(['rules', index]));
  return prefixes;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
