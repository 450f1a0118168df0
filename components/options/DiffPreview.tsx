import type { FieldChange, RuleSetDiff } from '../../lib/rules/diff';
import { isEmptyDiff } from '../../lib/rules/diff';

/** What an import changes, rule by rule, in words: added, removed, and each changed field. */
export function DiffPreview({ diff }: { diff: RuleSetDiff }) {
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
          <h3>Added</h3>
          <ul>
            {diff.added.map((rule) => (
              <li key={rule.id} data-diff="added" data-rule-id={rule.id}>
                <span class="rule__id">{rule.id}</span> — {rule.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h3>Removed</h3>
          <ul>
            {diff.removed.map((rule) => (
              <li key={rule.id} data-diff="removed" data-rule-id={rule.id}>
                <span class="rule__id">{rule.id}</span> — {rule.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h3>Changed</h3>
          <ul>
            {diff.changed.map((change) => (
              <li key={change.id} data-diff="changed" data-rule-id={change.id}>
                <span class="rule__id">{change.id}</span>
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
