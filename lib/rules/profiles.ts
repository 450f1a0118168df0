import { effectiveRules } from './resolve';
import type { AppliesTo, Rule, RuleSet } from './schema';
import { type AdapterId, type Composer, DEFAULT_COMPOSERS } from './vocabulary';

export type { Composer } from './vocabulary';

/** Where the agent is writing. A field left out is not filtered on (the CLI, the options page's "try it" box). */
export interface WritingPlace {
  helpdesk?: AdapterId;
  composer?: Composer;
}

/** Whether an `appliesTo` (of a rule or a set) lets it coach here; no `appliesTo` means everywhere. */
export function appliesHere(appliesTo: AppliesTo | undefined, where: WritingPlace): boolean {
  if (!appliesTo) return true;
  if (appliesTo.helpdesks && where.helpdesk && !appliesTo.helpdesks.includes(where.helpdesk)) return false;
  if (appliesTo.composer && where.composer && !appliesTo.composer.includes(where.composer)) return false;
  return true;
}

/**
 * The rules a set runs here: its effective rules (pack, overrides, replacements) limited by the
 * set's `appliesTo` and then each rule's own. A set limited to Zendesk coaches nothing elsewhere.
 */
export function rulesFor(ruleSet: RuleSet, where: WritingPlace): Rule[] {
  if (!appliesHere(ruleSet.appliesTo, where)) return [];
  return effectiveRules(ruleSet).filter((rule) => appliesHere(ruleLimits(rule), where));
}

/** A rule's `appliesTo` with its category's default composers filled in when it names none. */
export function ruleLimits(rule: Pick<Rule, 'category' | 'appliesTo'>): AppliesTo {
  return { ...rule.appliesTo, composer: rule.appliesTo?.composer ?? [...DEFAULT_COMPOSERS[rule.category]] };
}

const byPlace = new WeakMap<RuleSet, Map<string, RuleSet>>();

/**
 * `rulesFor` as a standalone rule set the engine can run. The same object comes back for the same
 * set and place, so the engine compiles it once and reuses it on every keystroke.
 */
export function ruleSetFor(ruleSet: RuleSet, where: WritingPlace): RuleSet {
  let forSet = byPlace.get(ruleSet);
  if (!forSet) {
    forSet = new Map();
    byPlace.set(ruleSet, forSet);
  }
  const key = `${where.helpdesk ?? '*'}|${where.composer ?? '*'}`;
  let result = forSet.get(key);
  if (!result) {
    const { extends: _pack, appliesTo: _limits, ...rest } = ruleSet;
    result = { ...rest, overrides: {}, rules: rulesFor(ruleSet, where) };
    forSet.set(key, result);
  }
  return result;
}
