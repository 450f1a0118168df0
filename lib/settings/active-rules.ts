import { defaultRuleSet } from '../rules/default-pack';
import type { RuleSet } from '../rules/schema';
import { loadActiveRuleSet, watchActiveRuleSet } from './active-rule-set';

/**
 * The rule set the background runs right now. It starts as the bundled pack so the first keystrokes
 * are coached while storage is read, then follows every change (options page, import, policy).
 */
export class ActiveRules {
  current: RuleSet = defaultRuleSet();

  /** Loads the stored set and watches it; `onChange` runs after each change that reaches the engine. */
  start(onChange: () => void, load = loadActiveRuleSet, watch = watchActiveRuleSet): () => void {
    let stopped = false;
    void load().then((active) => {
      if (stopped || active.ruleSet === this.current) return;
      this.current = active.ruleSet;
      onChange();
    });
    const unwatch = watch((active) => {
      this.current = active.ruleSet;
      onChange();
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }
}
