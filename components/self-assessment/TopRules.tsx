import type { RuleFrequency } from '../../lib/self-assessment/summary';
import { ruleHabit } from '../../lib/self-assessment/tips';

interface TopRulesProps {
  rules: RuleFrequency[];
}

const SHOWN = 5;

/** The rules that fire most in the agent's final drafts, each with how many drafts it came up in. */
export function TopRules({ rules }: TopRulesProps) {
  if (rules.length === 0) return <p class="muted">None of your final drafts had a finding.</p>;
  return (
    <ol class="top-rules">
      {rules.slice(0, SHOWN).map(({ ruleId, drafts }) => {
        const habit = ruleHabit(ruleId);
        return (
          <li key={ruleId} data-rule-id={ruleId}>
            {habit ? <span class="top-rules__what">{habit}</span> : <code class="top-rules__what">{ruleId}</code>}
            <span class="top-rules__count">{`${drafts.count} of ${drafts.of}`}</span>
            {habit && <code class="top-rules__id muted">{ruleId}</code>}
          </li>
        );
      })}
    </ol>
  );
}
