import type { RuleFrequency } from '../../lib/self-assessment/summary';
import { ruleHabit } from '../../lib/self-assessment/tips';
import { titleOf } from '../../lib/settings/rule-titles';

interface TopRulesProps {
  rules: RuleFrequency[];
  /** Rule titles by id (the agent's active set), so no rule is shown by its id. */
  titles: ReadonlyMap<string, string>;
}

const SHOWN = 5;

/** The rules that fire most in the agent's final drafts, each with how many drafts it came up in. */
export function TopRules({ rules, titles }: TopRulesProps) {
  if (rules.length === 0) return <p class="muted">None of your final drafts had a finding.</p>;
  return (
    <ol class="top-rules">
      {rules.slice(0, SHOWN).map(({ ruleId, drafts }) => {
        return (
          <li key={ruleId} data-rule-id={ruleId}>
            <span class="top-rules__what">{ruleHabit(ruleId) ?? titleOf(titles, ruleId)}</span>
            <span class="top-rules__count">{`${drafts.count} of ${drafts.of}`}</span>
          </li>
        );
      })}
    </ol>
  );
}
