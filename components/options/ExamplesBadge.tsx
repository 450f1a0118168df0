import type { ExampleOutcome } from '../../lib/rule-testing/run-examples';

interface ExamplesBadgeProps {
  /** `undefined` while the set has errors (or is being re-tested): nothing can be said yet. */
  outcomes: readonly ExampleOutcome[] | undefined;
  enabled: boolean;
}

/** "3/3 examples pass" or "1 of 3 examples fails", as text (colour only repeats it). */
export function ExamplesBadge({ outcomes, enabled }: ExamplesBadgeProps) {
  if (!enabled) return <span class="badge badge--muted" data-examples="off">Off: examples not run</span>;
  if (!outcomes) return <span class="badge badge--muted" data-examples="pending">Examples not run</span>;
  if (outcomes.length === 0) return <span class="badge badge--muted" data-examples="none">No examples</span>;
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  if (failed === 0) {
    return (
      <span class="badge badge--pass" data-examples="pass">
        {outcomes.length}/{outcomes.length} examples pass
      </span>
    );
  }
  return (
    <span class="badge badge--fail" data-examples="fail">
      {failed} of {outcomes.length} {outcomes.length === 1 ? 'example' : 'examples'} {failed === 1 ? 'fails' : 'fail'}
    </span>
  );
}
