import { CATEGORIES, type Category, type Finding } from '../lib/engine/types';
import { CATEGORY_LABELS } from './labels';

interface SummaryProps {
  findings: Finding[];
}

type Verdict = 'clean' | 'minor' | 'needs-work';

/** "Needs work" when anything is a warning or error, "Almost there" for tips only, "Looks good" for none. */
export function verdictOf(findings: Finding[]): Verdict {
  if (findings.length === 0) return 'clean';
  return findings.some((finding) => finding.severity !== 'info') ? 'needs-work' : 'minor';
}

const VERDICT_TEXT: Record<Verdict, string> = {
  clean: 'Looks good: nothing to improve',
  minor: 'Almost there: a few tips',
  'needs-work': 'Worth a second look before you send',
};

/** The overall state at a glance, and how many findings each category has. */
export function Summary({ findings }: SummaryProps) {
  const verdict = verdictOf(findings);
  const counts = new Map<Category, number>(CATEGORIES.map((category) => [category, 0]));
  for (const finding of findings) counts.set(finding.category, (counts.get(finding.category) ?? 0) + 1);
  return (
    <section class={`summary summary--${verdict}`} aria-label="Summary" data-verdict={verdict}>
      <p class="summary__verdict" role="status">
        {VERDICT_TEXT[verdict]}
      </p>
      <ul class="summary__categories">
        {CATEGORIES.map((category) => (
          <li key={category} class={counts.get(category) ? 'has-findings' : ''} data-summary-category={category}>
            <span class="summary__label">{CATEGORY_LABELS[category]}</span>
            <span class="summary__count" aria-label={`${counts.get(category)} findings`}>
              {counts.get(category) === 0 ? '✓' : counts.get(category)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
