import { messageAsShown } from '../../lib/options/rule-words';
import type { FieldChange, RuleSetDiff } from '../../lib/rules/diff';
import { isEmptyDiff } from '../../lib/rules/diff';
import { ruleTitle } from '../../lib/rules/rule-title';

/**
 * What an import changes, rule by rule, in words: added, removed, and each changed field. Rules are
 * named by title; `titleOf` names a changed rule from its id (it knows both sets).
 */
export function DiffPreview({ diff, titleOf }: { diff: RuleSetDiff; titleOf: (ruleId: string) => string }) {
  if (isEmptyDiff(diff)) return <p data-diff="empty">This file changes nothing: it runs the same rules as now.</p>;
  return (
    <div class="diff" data-testid="import-diff">
      <p>
        <strong>{diff.added.length}</strong> added, <strong>{diff.removed.length}</strong> removed, <strong>{diff.changed.length}</strong> changed,{' '}
        {diff.unchanged} unchanged.
      </p>
      {diff.set.length > 0 && (
        <ul class="diff__set">
          {diff.set.map((change) => (
            <li key={change.field} data-diff-set={change.field}>
              {describeChange(change)}
            </li>
          ))}
        </ul>
      )}
      {diff.added.length > 0 && (
        <>
          <h4>Added</h4>
          <ul>
            {diff.added.map((rule) => (
              <li key={rule.id} data-diff="added" data-rule-id={rule.id}>
                <span class="rule__title">{ruleTitle(rule)}</span> — {messageAsShown(rule, undefined)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4>Removed</h4>
          <ul>
            {diff.removed.map((rule) => (
              <li key={rule.id} data-diff="removed" data-rule-id={rule.id}>
                <span class="rule__title">{ruleTitle(rule)}</span> — {messageAsShown(rule, undefined)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4>Changed</h4>
          <ul>
            {diff.changed.map((change) => (
              <li key={change.id} data-diff="changed" data-rule-id={change.id}>
                <span class="rule__title">{titleOf(change.id)}</span>
                <ul>
                  {change.changes.map((field) => (
                    <li key={field.field} data-field={field.field}>
                      {describeChange(field)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function describeChange(change: FieldChange): string {
  if (change.field === 'enabled') return change.after === false ? 'switched off' : 'switched on';
  if (change.added || change.removed) {
    const parts = [...(change.added ?? []).map((word) => `+ "${word}"`), ...(change.removed ?? []).map((word) => `− "${word}"`)];
    return `${change.field}: ${parts.join(', ') || 'reordered'}`;
  }
  return `${change.field}: ${show(change.before)} → ${show(change.after)}`;
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
