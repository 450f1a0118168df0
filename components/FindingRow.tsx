import { useState } from 'preact/hooks';
import type { Finding } from '../lib/engine/types';
import type { Notice } from '../lib/panel/notices';
import { guidanceTitle } from '../lib/rules/guidance-title';
import { CATEGORY_LABELS } from './labels';
import { NoticeLine } from './NoticeLine';

export interface FindingActions {
  onApply(finding: Finding): void;
  onDismiss(finding: Finding): void;
  /** Called once the agent confirmed "Don't show this again". */
  onMuteRule(ruleId: string): void;
  /** Highlight the finding's words in the editor; `undefined` clears the highlight. */
  onHighlight(finding: Finding | undefined): void;
}

const MAX_QUOTE = 80;

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/** The contract's data attributes of a finding's element, wherever it is listed. */
export function findingAttributes(finding: Finding) {
  return {
    'data-finding': '',
    'data-rule-id': finding.ruleId,
    'data-category': finding.category,
    'data-severity': finding.severity,
    ...(finding.topic ? { 'data-topic': finding.topic } : {}),
    ...(finding.need ? { 'data-need': finding.need } : {}),
  };
}

/** Hovering or focusing a finding highlights its words in the editor. */
export function highlightHandlers(finding: Finding, onHighlight: FindingActions['onHighlight']) {
  const clear = () => onHighlight(undefined);
  return {
    onMouseEnter: () => onHighlight(finding),
    onMouseLeave: clear,
    onFocusIn: () => onHighlight(finding),
    onFocusOut: (event: FocusEvent) => {
      // Moving between the line and its own buttons keeps the words highlighted.
      if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) clear();
    },
  };
}

interface FindingRowProps extends FindingActions {
  finding: Finding;
  words: string;
  /** The outcome of the last action on this finding. */
  notice?: Notice | null;
}

/**
 * One finding on one line: its words and the rule's short title, Apply (when there is a fix) and
 * Dismiss right there; the message, the change, why it matters and "Don't show this again" on click.
 */
export function FindingRow({ finding, words, notice, onApply, onDismiss, onMuteRule, onHighlight }: FindingRowProps) {
  const [open, setOpen] = useState(false);
  const shownWords = quote(words);
  const detailsId = `details-${finding.ruleId}-${finding.start}-${finding.need ?? ''}`;
  return (
    <li
      class={`entry entry--${finding.severity}`}
      aria-label={`${CATEGORY_LABELS[finding.category]}: ${finding.title}`}
      {...findingAttributes(finding)}
      tabIndex={0}
      {...highlightHandlers(finding, onHighlight)}
    >
      <div class="entry__line">
        <button type="button" class="entry__summary" aria-expanded={open} aria-controls={detailsId} data-action="details" onClick={() => setOpen(!open)} title={finding.message}>
          <span class="entry__dot" aria-hidden="true" />
          {shownWords && <q class="entry__words">{shownWords}</q>}
          <span class="entry__title">{finding.title}</span>
        </button>
        {finding.suggestion && <ApplyButton finding={finding} words={shownWords} onApply={onApply} />}
        <button type="button" class="button button--quiet button--icon" data-action="dismiss" onClick={() => onDismiss(finding)} aria-label={`Dismiss: ${finding.title}`} title="Dismiss for this reply">
          ×
        </button>
      </div>
      {notice && <NoticeLine notice={notice} />}
      {open && <FindingDetails id={detailsId} finding={finding} words={shownWords} onMuteRule={onMuteRule} />}
    </li>
  );
}

export function ApplyButton({ finding, words, onApply }: { finding: Finding; words: string; onApply: FindingActions['onApply'] }) {
  const replacement = finding.suggestion!.replacement;
  const label = replacement.trim() ? (words ? `Apply: replace “${words}” with “${quote(replacement)}”` : `Apply: add “${quote(replacement)}”`) : `Apply: remove “${words}”`;
  return (
    <button type="button" class="button button--primary button--small" data-action="apply" onClick={() => onApply(finding)} aria-label={label} title={label}>
      Apply
    </button>
  );
}

/** What the line leaves out: the message, the change, why it matters, where the advice comes from, and muting its rule. */
export function FindingDetails({ id, finding, words, onMuteRule }: { id: string; finding: Finding; words: string; onMuteRule: FindingActions['onMuteRule'] }) {
  return (
    <div class="entry__details" id={id}>
      <p class="entry__message">{finding.message}</p>
      {finding.suggestion && (
        <p class="entry__fix" data-change="">
          <span class="visually-hidden">Suggested change: </span>
          {words && <del>{words}</del>}
          {words && finding.suggestion.replacement.trim() && ' → '}
          {finding.suggestion.replacement.trim() && <ins>{quote(finding.suggestion.replacement)}</ins>}
        </p>
      )}
      <p class="muted">{finding.explanation}</p>
      {finding.guidance && <p class="muted">From the guidance chapter “{guidanceTitle(finding.guidance)}”.</p>}
      <MuteRule finding={finding} onMuteRule={onMuteRule} />
    </div>
  );
}

/** "Don't show this again" hides a rule for good: it asks first, and says where to turn it back on. */
function MuteRule({ finding, onMuteRule }: { finding: Finding; onMuteRule: FindingActions['onMuteRule'] }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="button button--quiet" data-action="mute-rule" onClick={() => setAsking(true)}>
        Don't show this again…
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label="Hide this kind of finding?">
      <p>
        Hide every “{finding.title}” finding from now on? You can show them again in Settings › Rules you hid.
      </p>
      <button type="button" class="button button--danger" data-action="confirm-mute" onClick={() => onMuteRule(finding.ruleId)}>
        Hide them
      </button>{' '}
      <button type="button" class="button" data-action="cancel-mute" onClick={() => setAsking(false)}>
        Keep showing
      </button>
    </div>
  );
}
