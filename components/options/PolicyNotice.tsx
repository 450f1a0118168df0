import type { RuleSetError } from '../../lib/rules/errors';
import type { ManagedPolicy } from '../../lib/rules/managed';

interface PolicyNoticeProps {
  policy: ManagedPolicy;
  /** Why the stored set was ignored (it no longer validates), when it was. */
  storedErrors: readonly RuleSetError[];
}

/** What the administrator decided, and any problem with the policy or the stored set, stated once at the top. */
export function PolicyNotice({ policy, storedErrors }: PolicyNoticeProps) {
  const managed = policy.ruleSet || policy.lockAll || policy.lockedRules.length > 0;
  if (!managed && policy.errors.length === 0 && storedErrors.length === 0) return null;
  return (
    <section class="card policy-notice" aria-label="Managed by your organization" data-testid="policy-notice">
      {policy.ruleSet && (
        <p>
          Your administrator provides the rule set <strong>{policy.ruleSet.name}</strong> {policy.ruleSet.version}. Your changes apply on top of it.
        </p>
      )}
      {policy.lockAll && <p data-policy="lock-all">Your administrator has locked every rule: this page is read-only.</p>}
      {!policy.lockAll && policy.lockedRules.length > 0 && (
        <p data-policy="locked">
          {policy.lockedRules.length === 1 ? 'One rule is' : `${policy.lockedRules.length} rules are`} locked by your administrator and cannot be changed here.
        </p>
      )}
      {policy.errors.length > 0 && <ErrorList title="Your administrator's policy has problems; the parts below are ignored:" errors={policy.errors} />}
      {storedErrors.length > 0 && <ErrorList title="The saved rule set could not be used (the default rules run instead):" errors={storedErrors} />}
    </section>
  );
}

function ErrorList({ title, errors }: { title: string; errors: readonly RuleSetError[] }) {
  return (
    <div role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code>{error.path}</code>: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
