import { effectiveRules } from '../rules/resolve';
import { resolveActiveRuleSet } from '../rules/managed';
import { ruleTitle } from '../rules/rule-title';
import { readLocalRuleSet } from './local-rule-set';
import { readManagedPolicy } from './managed-policy';

/** What each rule the agent's set runs is called for people: its title by id (team rules too). */
export async function readRuleTitles(): Promise<Map<string, string>> {
  const [stored, policy] = await Promise.all([readLocalRuleSet(), readManagedPolicy()]);
  return new Map(effectiveRules(resolveActiveRuleSet(stored.ruleSet, policy)).map((rule) => [rule.id, ruleTitle(rule)]));
}

/** A rule's title from `titles`, or its id's last part in words for a rule no longer in the set. */
export function titleOf(titles: ReadonlyMap<string, string>, ruleId: string): string {
  return titles.get(ruleId) ?? ruleTitle({ id: ruleId });
}
