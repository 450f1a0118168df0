import { useState } from 'preact/hooks';
import type { ChecklistItem } from '../lib/panel/before-you-send';
import type { Notice } from '../lib/panel/notices';
import type { UndoableDismissal } from '../lib/panel/panel-session';
import { ApplyButton, type FindingActions, FindingDetails, findingAttributes, highlightHandlers } from './FindingRow';
import { UndoLine } from './FindingList';
import { NoticeLine } from './NoticeLine';

interface BeforeYouSendProps extends FindingActions {
  items: readonly ChecklistItem[];
  notice?: Notice | null;
  undo?: UndoableDismissal | null;
  onUndo?: () => void;
}

/**
 * What the customer asked and will need next, in one list: open items first (each one a finding the
 * agent can dismiss), then what the reply already covers (✓).
 */
export function BeforeYouSend({ items, notice, undo, onUndo, ...actions }: BeforeYouSendProps) {
  if (items.length === 0) return null;
  const keys = new Set(items.flatMap((item) => (item.key ? [item.key] : [])));
  const loose = notice?.about?.followUp && !keys.has(notice.about.key) ? notice : null;
  const open = items.filter((item) => !item.done).length;
  return (
    <section class="checklist" aria-labelledby="before-you-send">
      <h2 id="before-you-send">
        Before you send <span class="muted">{open === 0 ? '(all covered)' : `(${open} open)`}</span>
      </h2>
      {loose && <NoticeLine notice={loose} />}
      {undo && undo.finding.category === 'follow-up' && onUndo && <UndoLine undo={undo} onUndo={onUndo} />}
      <ul>
        {items.map((item, index) => (
          <ChecklistLine key={item.key ?? `${item.kind}-${index}`} item={item} notice={notice?.about?.key && notice.about.key === item.key ? notice : null} {...actions} />
        ))}
      </ul>
    </section>
  );
}

function ChecklistLine({ item, notice, ...actions }: FindingActions & { item: ChecklistItem; notice: Notice | null }) {
  const [open, setOpen] = useState(false);
  const finding = item.finding;
  const text = item.kind === 'question' ? <q>{item.text}</q> : item.kind === 'need' ? `${item.topicLabel}: ${item.label}` : finding!.title;
  const state = item.done ? (item.kind === 'question' ? 'Answered: ' : 'Covered: ') : 'Not yet: ';
  const attributes = {
    ...(item.kind === 'question' ? { 'data-question': '', 'data-answered': String(item.done) } : {}),
    ...(item.kind === 'need' ? { 'data-checklist-topic': item.topic, 'data-need': item.need, 'data-covered': String(item.done) } : {}),
    ...(finding ? findingAttributes(finding) : {}),
  };
  const detailsId = `check-${item.key ?? ''}`;
  return (
    <li class={`check ${item.done ? 'done' : 'open'}`} {...attributes} {...(finding ? { tabIndex: 0, ...highlightHandlers(finding, actions.onHighlight) } : {})}>
      <div class="entry__line">
        {finding ? (
          <button type="button" class="entry__summary" aria-expanded={open} aria-controls={detailsId} data-action="details" onClick={() => setOpen(!open)} title={finding.message}>
            <span class="check__mark" aria-hidden="true">○</span>
            <span class="visually-hidden">{state}</span>
            <span class="entry__title">{text}</span>
          </button>
        ) : (
          <span class="entry__summary">
            <span class="check__mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span class="visually-hidden">{state}</span>
            <span class="entry__title">{text}</span>
          </span>
        )}
        {finding?.suggestion && <ApplyButton finding={finding} words="" onApply={actions.onApply} />}
        {finding && (
          <button type="button" class="button button--quiet button--icon" data-action="dismiss" onClick={() => actions.onDismiss(finding)} aria-label={`Dismiss: ${finding.title}`} title="Not needed in this reply">
            ×
          </button>
        )}
      </div>
      {notice && <NoticeLine notice={notice} />}
      {finding && open && <FindingDetails id={detailsId} finding={finding} words="" onMuteRule={actions.onMuteRule} />}
    </li>
  );
}
