// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../lib/editors/read-draft';
import type { ContentMessage } from '../../../lib/messaging/content-messages';
import type { PageFinding, PageFindings } from '../../../lib/messaging/editor-actions';
import { InPageCoach } from '../../../lib/overlay/in-page-coach';

const DRAFT = 'Dear customer, as I already explained, no.';

function finding(ruleId: string, words: string, extra: Partial<PageFinding> = {}): PageFinding {
  const start = DRAFT.indexOf(words);
  return { key: `${ruleId}\u0000${words}`, ruleId, title: ruleId, category: 'tone', severity: 'warning', message: `${ruleId} message`, explanation: 'why', start, end: start + words.length, ...extra };
}

const FINDINGS: PageFindings = {
  type: 'page-findings',
  draft: DRAFT,
  findings: [finding('personalization.generic-greeting', 'Dear customer', { category: 'personalization', replacement: 'Hi Maria' }), finding('tone.blame', 'as I already explained', { severity: 'error' })],
};

let editor: HTMLTextAreaElement;
let sent: ContentMessage[];
let controller: AbortController;
let coach: InPageCoach;

beforeEach(() => {
  editor = document.createElement('textarea');
  editor.value = DRAFT;
  document.body.append(editor);
  sent = [];
  controller = new AbortController();
  coach = new InPageCoach({
    doc: document,
    current: () => ({ editor, ...readDraft(editor), draft: readDraft(editor).text, changedAt: 0 }),
    send: (message) => sent.push(message),
    signal: controller.signal,
  });
  coach.draftChanged({ editor, ...readDraft(editor), draft: DRAFT, changedAt: 0 });
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

const press = (target: EventTarget, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }));
const card = () => document.querySelector('reply-coach-card')?.shadowRoot ?? null;
const count = () => document.querySelector('reply-coach-overlay')?.shadowRoot?.querySelector<HTMLElement>('.count') ?? null;

describe('coaching in the page', () => {
  it('shows nothing until the agent’s settings are known, and nothing when they are off', () => {
    coach.showFindings(FINDINGS);
    expect(document.querySelector('reply-coach-overlay')).toBeNull();
    coach.setEnabled(true);
    expect(count()!.dataset.count).toBe('2');
    coach.setEnabled(false);
    expect(document.querySelector('reply-coach-overlay')).toBeNull();
  });

  it('Alt+Shift+N in the editor opens the next finding’s card; Esc closes it and gives the editor focus back', () => {
    coach.setEnabled(true);
    coach.showFindings(FINDINGS);
    editor.focus();
    editor.setSelectionRange(14, 14);
    press(editor, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(card()!.querySelector('[data-finding]')!.getAttribute('data-rule-id')).toBe('tone.blame');
    press(card()!.querySelector('button')!, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(card()!.querySelector('[data-finding]')!.getAttribute('data-rule-id')).toBe('personalization.generic-greeting');
    press(card()!.querySelector('button')!, { key: 'Escape', code: 'Escape' });
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(editor);
  });

  it('leaves every other key to the editor', () => {
    coach.setEnabled(true);
    coach.showFindings(FINDINGS);
    editor.focus();
    for (const init of [{ key: 'n', code: 'KeyN' }, { key: 'N', code: 'KeyN', shiftKey: true }, { key: 'Escape', code: 'Escape' }, { key: 'Enter', code: 'Enter', altKey: true }]) {
      expect(press(editor, init), JSON.stringify(init)).toBe(true);
    }
    expect(card()).toBeNull();
  });

  it('Dismiss in the card tells the background, and the count goes down at once', () => {
    coach.setEnabled(true);
    coach.showFindings(FINDINGS);
    editor.focus();
    editor.setSelectionRange(0, 0);
    press(editor, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    card()!.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(sent).toEqual([{ type: 'page-dismiss', key: 'personalization.generic-greeting\u0000Dear customer' }]);
    expect(count()!.dataset.count).toBe('1');
    expect(card()).toBeNull();
  });

  it('drops the marks whose words the agent edited, before the next analysis', () => {
    coach.setEnabled(true);
    coach.showFindings(FINDINGS);
    editor.value = DRAFT.replace('customer', 'customers');
    coach.draftChanged({ editor, ...readDraft(editor), draft: editor.value, changedAt: 1 });
    editor.focus();
    editor.setSelectionRange(0, 0);
    press(editor, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(card()!.querySelector('[data-finding]')!.getAttribute('data-rule-id')).toBe('tone.blame');
  });
});
