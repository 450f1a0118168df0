import type { RuleSetError } from '../rules/errors';
import { type ManagedPolicy, resolveActiveRuleSet } from '../rules/managed';
import type { RuleSet } from '../rules/schema';
import { readLocalRuleSet, watchLocalRuleSet } from './local-rule-set';
import { readManagedPolicy, watchManagedPolicy } from './managed-policy';

export interface ActiveRuleSet {
  /** What the engine runs (before the per-helpdesk filter, lib/rules/profiles.ts `ruleSetFor`). */
  ruleSet: RuleSet;
  policy: ManagedPolicy;
  /** Why the stored local set was ignored, when it was. */
  localErrors: RuleSetError[];
}

/** The set the extension runs now: the local set and the administrator's policy, combined. */
export async function loadActiveRuleSet(): Promise<ActiveRuleSet> {
  const [local, policy] = await Promise.all([readLocalRuleSet(), readManagedPolicy()]);
  return { ruleSet: resolveActiveRuleSet(local.ruleSet, policy), policy, localErrors: local.errors };
}

/**
 * Calls back with the new active set whenever the local set or the policy changes, from any context
 * (the options page saves, an import applies, the administrator pushes a new policy).
 */
export function watchActiveRuleSet(callback: (active: ActiveRuleSet) => void): () => void {
  // Both watchers re-read both sources, so two changes in a row cannot leave a stale half behind;
  // only the latest read is delivered, whatever order the reads finish in.
  let latest = 0;
  const reload = () => {
    const request = ++latest;
    void loadActiveRuleSet().then((active) => request === latest && callback(active));
  };
  const stopLocal = watchLocalRuleSet(reload);
  const stopManaged = watchManagedPolicy(reload);
  return () => {
    stopLocal();
    stopManaged();
  };
}
