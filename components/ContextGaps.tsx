import type { ContextGap, MissingContext } from '../lib/panel/category-checks';
import type { Category } from '../lib/rules/vocabulary';
import { CATEGORY_LABELS } from './labels';

const GAPS: Record<MissingContext, { title: string; fix: string }> = {
  'customer-message': {
    title: "Customer's message not found",
    fix: "Select their latest message in the page, right-click it and choose “Use as the customer's message”.",
  },
  'customer-name': {
    title: "Customer's name not found",
    fix: "Type it with “Add name” above, or select their name in the page, right-click it and choose “Use as the customer's name”.",
  },
};

/** Says which context the page did not give, what could not be checked because of it, and how to give it. */
export function ContextGaps({ missing }: { missing: readonly ContextGap[] }) {
  if (missing.length === 0) return null;
  return (
    <ul class="gaps" data-missing={missing.map((gap) => gap.missing).join(' ')}>
      {missing.map(({ missing: gap, notChecked, partly }) => (
        <li key={gap} data-missing-context={gap}>
          <strong>{GAPS[gap].title}</strong>: {whatWasNotChecked(notChecked, partly)} {GAPS[gap].fix}
        </li>
      ))}
    </ul>
  );
}

/** "Empathy and follow-up were not checked; clarity was not fully checked." */
function whatWasNotChecked(notChecked: readonly Category[], partly: readonly Category[]): string {
  const said = (categories: readonly Category[], how: string) =>
    `${listOf(categories.map((category) => CATEGORY_LABELS[category].toLowerCase()))} ${categories.length === 1 ? 'was' : 'were'} ${how}`;
  const parts = [...(notChecked.length ? [said(notChecked, 'not checked')] : []), ...(partly.length ? [said(partly, 'not fully checked')] : [])];
  return `${parts.join('; ')}.`;
}

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
