import type { PageFinding } from '../messaging/editor-actions';
import { attachOverlayHost } from './overlay-host';
import { APPLY_FIX_KEYS, NEXT_FINDING_KEYS } from './shortcuts';
import type { Box } from './textarea-mirror';
import { SEVERITY_COLORS } from './underline-painter';

/** The card's host element: a contract other tools look for. */
export const CARD_TAG = 'reply-coach-card';

const SEVERITY_WORDS = { error: 'Problem', warning: 'Worth changing', info: 'Tip' } as const;

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px)); font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #1d2330; background: #fff; border: 1px solid #dde1e7; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); padding: 10px 12px; }
.finding + .finding { border-top: 1px solid #dde1e7; margin-top: 8px; padding-top: 8px; }
.title { display: flex; gap: 6px; align-items: center; font-weight: 600; margin: 0 0 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
.message, .why p, .status { margin: 2px 0; overflow-wrap: anywhere; }
.change { margin: 6px 0; overflow-wrap: anywhere; }
del { color: #b91c1c; } ins { text-decoration: none; background: rgb(21 128 61 / 0.15); border-radius: 3px; padding: 0 2px; }
.why { color: #5b6474; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
button { font: inherit; font-size: 12px; border: 1px solid #dde1e7; border-radius: 6px; padding: 2px 10px; background: #fff; color: inherit; cursor: pointer; }
button.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.status:empty { display: none; } .status { color: #b45309; }
.keys { color: #5b6474; font-size: 11px; margin: 6px 0 0; }
`;

export interface CardFinding {
  finding: PageFinding;
  /** The words as they are in the draft now. */
  words: string;
}

export interface CardActions {
  apply(finding: PageFinding): void;
  dismiss(finding: PageFinding): void;
}

const MAX_WORDS = 60;

/**
 * The small card beside underlined words: what is wrong, the change as a preview, Apply, Dismiss and
 * "Why?". Its host sits outside the editor (a child of the document's root) with an open shadow root;
 * every finding shown carries `data-finding` and `data-rule-id`, its buttons `data-action`.
 * Page text is only ever set as text.
 */
export class FindingCard {
  readonly host: HTMLElement;
  private readonly card: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {
    const { host, root } = attachOverlayHost(doc, CARD_TAG, CARD_CSS);
    this.host = host;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    // Clicking the card must not take the caret out of the editor (the agent keeps typing after).
    this.card.addEventListener('mousedown', (event) => {
      if ((event.target as Element).closest('button')) event.preventDefault();
    });
    root.append(this.card);
  }

  show(findings: readonly CardFinding[], at: Box): void {
    const title = findings.length === 1 ? findings[0]!.finding.title : `${findings.length} suggestions`;
    this.card.setAttribute('aria-label', `Reply Coach: ${title}`);
    this.card.replaceChildren(...findings.map((entry) => this.entry(entry)), this.keysHint(findings));
    this.place(at);
  }

  /** Where the words are now (the page scrolled): the card follows. */
  place(at: Box): void {
    const view = this.doc.defaultView;
    const width = this.doc.documentElement.clientWidth || view?.innerWidth || 800;
    const height = this.doc.documentElement.clientHeight || view?.innerHeight || 600;
    const style = this.card.style;
    style.left = `${Math.max(8, Math.min(at.left, width - this.card.offsetWidth - 8))}px`;
    const below = at.top + at.height + 6;
    const fitsBelow = below + this.card.offsetHeight <= height - 8 || at.top - this.card.offsetHeight - 6 < 8;
    style.top = `${fitsBelow ? below : at.top - this.card.offsetHeight - 6}px`;
  }

  /** The first button, for the keyboard: the agent came here with the shortcut. */
  focus(): void {
    this.card.querySelector<HTMLButtonElement>('button')?.focus();
  }

  hasFocus(): boolean {
    return this.host.shadowRoot?.activeElement != null;
  }

  /** Why an action on this finding did nothing, said in the card itself. */
  setStatus(key: string, text: string): void {
    for (const entry of this.card.querySelectorAll<HTMLElement>('[data-finding]')) {
      if (entry.dataset.key === key) entry.querySelector('.status')!.textContent = text;
    }
  }

  remove(): void {
    this.host.remove();
  }

  private entry({ finding, words }: CardFinding): HTMLElement {
    const doc = this.doc;
    const element = (tag: string, className: string, text?: string): HTMLElement => {
      const created = doc.createElement(tag);
      if (className) created.className = className;
      if (text !== undefined) created.textContent = text;
      return created;
    };
    const entry = element('article', 'finding');
    entry.dataset.finding = '';
    entry.dataset.ruleId = finding.ruleId;
    entry.dataset.severity = finding.severity;
    entry.dataset.key = finding.key;

    const heading = element('p', 'title');
    const dot = element('span', 'dot');
    dot.style.background = SEVERITY_COLORS[finding.severity];
    dot.title = SEVERITY_WORDS[finding.severity];
    heading.append(dot, element('span', '', finding.title));
    entry.append(heading, element('p', 'message', finding.message));

    if (finding.replacement !== undefined) {
      const change = element('p', 'change');
      change.dataset.change = '';
      const shown = (text: string) => (text.length > MAX_WORDS ? `${text.slice(0, MAX_WORDS - 1)}…` : text);
      if (words) change.append(element('del', '', shown(words)));
      if (words && finding.replacement) change.append(doc.createTextNode(' → '));
      if (finding.replacement) change.append(element('ins', '', shown(finding.replacement)));
      entry.append(change);
    }

    const why = element('div', 'why');
    why.hidden = true;
    why.id = `why-${Math.random().toString(36).slice(2)}`;
    why.append(element('p', '', finding.explanation));
    if (finding.guidance) why.append(element('p', '', `From the guidance: “${finding.guidance}”.`));

    const actions = element('div', 'actions');
    if (finding.replacement !== undefined) {
      const apply = element('button', 'primary', 'Apply') as HTMLButtonElement;
      apply.type = 'button';
      apply.dataset.action = 'apply';
      apply.title = `Replace the words (${APPLY_FIX_KEYS.label}); Ctrl+Z in the editor undoes it`;
      apply.addEventListener('click', () => this.actions.apply(finding));
      actions.append(apply);
    }
    const dismiss = element('button', '', 'Dismiss') as HTMLButtonElement;
    dismiss.type = 'button';
    dismiss.dataset.action = 'dismiss';
    dismiss.addEventListener('click', () => this.actions.dismiss(finding));
    const whyButton = element('button', '', 'Why?') as HTMLButtonElement;
    whyButton.type = 'button';
    whyButton.dataset.action = 'why';
    whyButton.setAttribute('aria-expanded', 'false');
    whyButton.setAttribute('aria-controls', why.id);
    whyButton.addEventListener('click', () => {
      why.hidden = !why.hidden;
      whyButton.setAttribute('aria-expanded', String(!why.hidden));
    });
    actions.append(dismiss, whyButton);
    const status = element('p', 'status');
    status.setAttribute('role', 'status');
    entry.append(actions, why, status);
    return entry;
  }

  private keysHint(findings: readonly CardFinding[]): HTMLElement {
    const hint = this.doc.createElement('p');
    hint.className = 'keys';
    const canApply = findings.some((entry) => entry.finding.replacement !== undefined);
    hint.textContent = `${NEXT_FINDING_KEYS.label}: next${canApply ? ` · ${APPLY_FIX_KEYS.label}: apply` : ''} · Esc: back to the reply`;
    return hint;
  }
}
