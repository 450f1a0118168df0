import type { Finding } from '../lib/engine/types';
import { CATEGORY_LABELS } from './labels';

export interface FindingActions {
  onApply(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onMuteRule(ruleId: string): void;
  /** Highlight the finding's words in the editor; `undefined` clears the highlight. */
  onHighlight(finding: Finding | undefined): void;
}

interface FindingCardProps extends FindingActions {
  finding: Finding;
  draft: string;
}

const MAX_QUOTE = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * One finding: the words it is about, what is wrong, why it matters (and the guidance behind it), and
 * the fix. Hovering or focusing it highlights the words in the editor.
 */
export function FindingCard({ finding, draft, onApply, onDismiss, onMuteRule, onHighlight }: FindingCardProps) {
  const words = draft.slice(finding.start, finding.end);
  const highlight = () => onHighlight(finding);
  const clear = () => onHighlight(undefined);
  const shownWords = quote(words);
  return (
    <li
      class={`finding finding--${finding.severity}`}
      aria-label={`${CATEGORY_LABELS[finding.category]}: ${finding.message}`}
      data-finding=""
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      {...(finding.topic ? { 'data-topic': finding.topic } : {})}
      {...(finding.need ? { 'data-need': finding.need } : {})}
      tabIndex={0}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocusIn={highlight}
      onFocusOut={(event) => {
        // Moving between the card and its own buttons keeps the words highlighted.
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) clear();
      }}
    >
      {words.trim() && <q class="finding__words">{shownWords}</q>}
      <p class="finding__message">{finding.message}</p>
      {finding.suggestion && (
        <p class="finding__fix">
          <span class="visually-hidden">Suggested change: </span>
          {finding.suggestion.replacement.trim() ? <ins>{quote(finding.suggestion.replacement)}</ins> : <del>{quote(words)}</del>}
        </p>
      )}
      <details class="finding__why">
        <summary>Why it matters</summary>
        <p>{finding.explanation}</p>
        {finding.guidance && <p class="muted">Guidance: {finding.guidance}</p>}
      </details>
      <div class="finding__actions">
        {finding.suggestion && (
          <button
            type="button"
            class="button button--primary"
            data-action="apply"
            onClick={() => onApply(finding)}
            aria-label={finding.suggestion.replacement.trim() ? `Apply fix: replace “${shownWords}” with “${quote(finding.suggestion.replacement)}”` : `Apply fix: remove “${shownWords}”`}
          >
            Apply fix
          </button>
        )}
        <button type="button" class="button" data-action="dismiss" onClick={() => onDismiss(finding)} aria-label={`Dismiss: ${finding.message}`}>
          Dismiss
        </button>
        <button
          type="button"
          class="button button--quiet"
          data-action="mute-rule"
          onClick={() => onMuteRule(finding.ruleId)}
          title="Hides this kind of finding from now on; turn it back on in Reply Coach's options."
        >
          Don't show this again
        </button>
      </div>
    </li>
  );
}
