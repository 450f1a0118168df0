import type { Notice } from '../lib/panel/notices';
import type { UndoableDismissal } from '../lib/panel/panel-session';
import type { FindingEntry, RankedFindings } from '../lib/panel/ranked-findings';
import { type FindingActions, FindingRow, quote } from './FindingRow';
import { NoticeLine } from './NoticeLine';

interface FindingListProps extends FindingActions {
  ranked: RankedFindings;
  /** The outcome of the last action: beside its finding, or where the finding was. */
  notice?: Notice | null;
  undo?: UndoableDismissal | null;
  onUndo?: () => void;
}

/** Up and down arrows move between findings (Tab also reaches each line and its buttons). */
export function moveBetweenFindings(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const line = (event.target as Element).closest('[data-finding]');
  if (!line || line !== event.target) return;
  const lines = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>('[data-finding]')];
  const next = lines[lines.indexOf(line as HTMLElement) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** The findings, most important first, one line each; tips folded under their count. */
export function FindingList({ ranked, notice, undo, onUndo, ...actions }: FindingListProps) {
  const keys = new Set([...ranked.entries, ...ranked.tips].map((entry) => entry.key));
  // A notice whose finding is gone (fixed) stays where the list is; one about a follow-up need goes with that list.
  const loose = notice?.about && !notice.about.followUp && !keys.has(notice.about.key) ? notice : null;
  const row = (entry: FindingEntry) => (
    <FindingRow key={entry.key} finding={entry.finding} words={entry.words} notice={notice?.about?.key === entry.key ? notice : null} {...actions} />
  );
  return (
    <section class="findings" aria-label="Findings" onKeyDown={moveBetweenFindings}>
      {loose && <NoticeLine notice={loose} />}
      {undo && undo.finding.category !== 'follow-up' && onUndo && <UndoLine undo={undo} onUndo={onUndo} />}
      {ranked.entries.length > 0 && <ul class="entries">{ranked.entries.map(row)}</ul>}
      {ranked.tips.length > 0 && (
        <details class="tips" data-tips={ranked.tips.length}>
          <summary>
            {ranked.tips.length === 1 ? '1 tip' : `${ranked.tips.length} tips`}
            <span class="muted"> (minor)</span>
          </summary>
          <ul class="entries">{ranked.tips.map(row)}</ul>
        </details>
      )}
    </section>
  );
}

/** "Dismissed … Undo", for a few seconds after a dismissal, where the finding was. */
export function UndoLine({ undo, onUndo }: { undo: UndoableDismissal; onUndo: () => void }) {
  return (
    <p class="notice notice--undo" role="status" data-testid="undo">
      Dismissed {undo.words.trim() ? <q>{quote(undo.words)}</q> : `“${undo.finding.title}”`}.{' '}
      <button type="button" class="button button--small" data-action="undo-dismiss" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
