import { exampleProblem } from '../../lib/options/rule-words';
import { type ExampleOutcome, inputOf } from '../../lib/rule-testing/run-examples';

/** Each example of a rule with its result, the failing ones first, as the team lead wrote them. */
export function ExampleResults({ outcomes }: { outcomes: readonly ExampleOutcome[] }) {
  if (outcomes.length === 0) return null;
  const ordered = [...outcomes].sort((a, b) => Number(a.passed) - Number(b.passed));
  return (
    <ul class="examples">
      {ordered.map((outcome) => (
        <li key={`${outcome.expectation}-${outcome.index}`} class={outcome.passed ? 'examples__pass' : 'examples__fail'} data-example={outcome.expectation} data-passed={String(outcome.passed)}>
          <span class="examples__verdict">{outcome.passed ? '✓' : '✗'}</span>
          <span class="visually-hidden">{outcome.passed ? 'passes' : 'fails'}: </span>
          <span class="examples__kind">{outcome.expectation === 'flagged' ? 'Should flag' : 'Should accept'}</span>{' '}
          <q>{inputOf(outcome.example).draft}</q>
          {!outcome.passed && <span class="examples__problem"> — {exampleProblem(outcome)}</span>}
        </li>
      ))}
    </ul>
  );
}
