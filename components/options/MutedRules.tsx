import { ruleTitle } from '../../lib/rules/rule-title';
import type { Rule } from '../../lib/rules/schema';

interface MutedRulesProps {
  muted: readonly string[];
  /** To show each muted rule's message; a rule no longer in the set is listed by id. */
  rules: readonly Rule[];
  onUnmute: (ruleId: string) => void;
}

/** The rules this agent chose "Don't show this again" for in the side panel, each with "Show again". */
export function MutedRules({ muted, rules, onUnmute }: MutedRulesProps) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return (
    <section class="card" aria-labelledby="muted-heading" id="muted">
      <h3 id="muted-heading">Rules you hid</h3>
      {muted.length === 0 ? (
        <p class="muted">None. "Don't show this again" on a finding in the side panel hides its rule for you only.</p>
      ) : (
        <ul class="muted-rules">
          {muted.map((ruleId) => (
            <li key={ruleId} data-muted-rule={ruleId}>
              <span class="rule__title">{ruleTitle(byId.get(ruleId) ?? { id: ruleId })}</span>
              {byId.get(ruleId) && <span class="muted"> — {byId.get(ruleId)!.explanation}</span>}{' '}
              <button type="button" class="button" data-action="unmute" onClick={() => onUnmute(ruleId)} aria-label={`Show “${ruleTitle(byId.get(ruleId) ?? { id: ruleId })}” again`}>
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
