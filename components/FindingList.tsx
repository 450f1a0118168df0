import { CATEGORIES, type Finding } from '../lib/engine/types';
import { type FindingActions, FindingCard } from './FindingCard';
import { CATEGORY_LABELS } from './labels';

interface FindingListProps extends FindingActions {
  findings: Finding[];
  draft: string;
}

/** Findings grouped by category, in the order the categories are coached, each group in draft order. */
export function FindingList({ findings, draft, ...actions }: FindingListProps) {
  return (
    <div class="findings">
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
