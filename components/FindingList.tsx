import { CATEGORIES, type Finding } from '../lib/engine/types';
import { type FindingActions, FindingCard } from './FindingCard';
import { CATEGORY_LABELS } from './labels';

interface FindingListProps extends FindingActions {
  findings: Finding[];
  draft: string;
}

/** Up and down arrows move between findings (Tab also reaches each card and its buttons). */
function moveBetweenFindings(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const card = (event.target as Element).closest('[data-finding]');
  if (!card || card !== event.target) return;
  const cards = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>('[data-finding]')];
  const next = cards[cards.indexOf(card as HTMLElement) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** Findings grouped by category, in the order the categories are coached, each group in draft order. */
export function FindingList({ findings, draft, ...actions }: FindingListProps) {
  return (
    <div class="findings" onKeyDown={moveBetweenFindings}>
      {CATEGORIES.map((category) => {
        const inCategory = findings.filter((finding) => finding.category === category);
        if (inCategory.length === 0) return null;
        const headingId = `findings-${category}`;
        return (
          <section key={category} class="findings__group" aria-labelledby={headingId} data-group={category}>
            <h2 id={headingId}>
              {CATEGORY_LABELS[category]} <span class="muted">({inCategory.length})</span>
            </h2>
            <ul>
              {inCategory.map((finding) => (
                <FindingCard key={`${finding.ruleId}:${finding.start}:${finding.end}:${finding.need ?? ''}:${finding.trigger?.start ?? ''}`} finding={finding} draft={draft} {...actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
