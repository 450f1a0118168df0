import type { Finding } from '../lib/engine/types';
import type { CategoryCheck, CheckStatus } from '../lib/panel/category-checks';
import { CATEGORY_LABELS } from './labels';

interface SummaryProps {
  findings: readonly Finding[];
  checks: readonly CategoryCheck[];
  /** Items of "Before you send" not covered yet (follow-up shows them, never ✓, when they outnumber its findings). */
  openBeforeSend?: number;
}

type Verdict = 'clean' | 'minor' | 'needs-work';

/** "Needs work" when anything is a warning or error, "Almost there" for tips only, "clean" for none. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.length === 0) return 'clean';
  return findings.some((finding) => finding.severity !== 'info') ? 'needs-work' : 'minor';
}

const VERDICT_TEXT: Record<Verdict, string> = {
  clean: 'Looks good: nothing to improve',
  minor: 'Almost there: a few tips',
  'needs-work': 'Worth a second look before you send',
};

/** What a category with no finding shows: ✓ only where it was really judged. */
const NOTHING_FOUND: Record<CheckStatus, { mark: string; label: string }> = {
  checked: { mark: '✓', label: 'nothing found' },
  partly: { mark: 'partly', label: 'only partly checked' },
  'not-checked': { mark: 'not checked', label: 'not checked' },
  'not-coached': { mark: '—', label: 'not coached in internal notes' },
};

/** The overall state at a glance, and per category how many findings, or whether it could be judged at all. */
export function Summary({ findings, checks, openBeforeSend = 0 }: SummaryProps) {
  const verdict = verdictOf(findings);
  const unjudged = checks.some((check) => check.status === 'not-checked' || check.status === 'partly');
  const open = `${openBeforeSend} ${openBeforeSend === 1 ? 'item' : 'items'} open before you send`;
  const text =
    verdict === 'clean' && openBeforeSend > 0 ? `Nothing to improve; ${open}` : verdict === 'clean' && unjudged ? 'Nothing found in what could be checked' : VERDICT_TEXT[verdict];
  return (
    <section class={`summary summary--${verdict}`} aria-label="Summary" data-verdict={verdict}>
      <p class="summary__verdict">{text}</p>
      <ul class="summary__categories">
        {checks.map((check) => {
          // Follow-up speaks through the checklist, which holds its findings and more: what is still open
          // there is its count (never a ✓, and never fewer than the list below says).
          const openHere = check.category === 'follow-up' && check.status !== 'not-checked' && openBeforeSend > check.count;
          const nothing = NOTHING_FOUND[check.status];
          const label = openHere ? open : check.count > 0 ? `${check.count} ${check.count === 1 ? 'finding' : 'findings'}${check.status === 'partly' ? ', only partly checked' : ''}` : nothing.label;
          return (
            <li key={check.category} class={`summary__category summary__category--${check.count > 0 || openHere ? 'found' : check.status}`} data-summary-category={check.category} data-check={check.status}>
              <span class="summary__label">{CATEGORY_LABELS[check.category]}</span>
              <span class="summary__count" aria-label={label} title={label}>
                {openHere ? `${openBeforeSend} open` : check.count > 0 ? check.count : nothing.mark}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
