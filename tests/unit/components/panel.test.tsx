// @vitest-environment happy-dom
import { findingKey } from '../../../lib/engine/finding-key';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelState } from '../../../components/Panel';
import { analyze } from '../../../lib/engine';
import type { DraftContext } from '../../../lib/messaging/content-messages';
import type { RuleSet } from '../../../lib/rules/schema';
import { withFollowUpFindings } from '../support/follow-up-findings';

const customerMessage = "This is the third time I'm asking!! When will I get my refund for order 4417? <img src=x onerror=\"window.hacked=1\">";
const context: DraftContext = { customerName: 'Dana <b>Whitfield</b>', customerMessage, subject: 'Refund <script>alert(1)</script>', composer: 'reply' };

function stateFor(draft: string, given: DraftContext = context, ruleSet?: RuleSet): PanelState {
  const input = { draft, ...(given.customerMessage ? { customerMessage: given.customerMessage } : {}), ...(given.customerName ? { customerName: given.customerName } : {}) };
  return { adapterId: 'zendesk', draft, context: given, analysis: analyze(input, ruleSet), hidden: [] };
}

function show(state: PanelState | null, overrides: Partial<Parameters<typeof Panel>[0]> = {}) {
  const actions = { onApply: vi.fn(), onDismiss: vi.fn(), onMuteRule: vi.fn(), onHighlight: vi.fn(), ...overrides };
  const root = document.createElement('div');
  document.body.append(root);
  render(<Panel state={state} {...actions} />, root);
  return { root, actions };
}

const ruleIds = (root: Element, scope = '') => [...root.querySelectorAll(`${scope} [data-finding]`)].map((element) => element.getAttribute('data-rule-id'));
const summaryOf = (root: Element, category: string) => root.querySelector(`[data-summary-category="${category}"]`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('side panel', () => {
  it('says which helpdesk and customer it is connected to', () => {
    const { root } = show(stateFor('Dear customer, as I already explained, it is coming soon.'));
    const connection = root.querySelector('[data-testid="connection"]')!;
    expect(connection.getAttribute('data-status')).toBe('connected');
    expect(connection.getAttribute('data-helpdesk')).toBe('zendesk');
    expect(root.querySelector('[data-context="customer-name"]')!.textContent).toBe('Dana <b>Whitfield</b>');
    expect(root.querySelector('[data-context="mood"]')!.textContent).toBe('Upset');
  });

  it('renders page text as text, never as HTML', () => {
    const { root } = show(stateFor('Dear customer, <img src=x onerror="window.hacked=1"> as I already explained.'));
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('lists one line per finding, worst first and fixable first, with Apply on the line and rule titles instead of ids', () => {
    const state = stateFor('Dear customer, obviously the refund was processed. Unfortunately it takes time. Unfortunately we are slow.');
    const { root } = show(state);
    const listed = ruleIds(root, '.findings');
    // Warnings before tips; among warnings those with a one-click fix first.
    const severities = [...root.querySelectorAll('.findings [data-finding]')].map((line) => line.getAttribute('data-severity'));
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
    const withFix = [...root.querySelectorAll('.findings [data-finding][data-severity="warning"]')].map((line) => line.querySelector('[data-action="apply"]') !== null);
    expect(withFix).toContain(true);
    expect(withFix).toContain(false);
    expect(withFix).toEqual([...withFix].sort((a, b) => Number(b) - Number(a)));
    expect(listed.indexOf('personalization.generic-greeting')).toBeLessThan(listed.indexOf('tone.condescension'));

    const greeting = root.querySelector('.findings [data-rule-id="personalization.generic-greeting"]')!;
    expect(greeting.getAttribute('data-category')).toBe('personalization');
    // Apply sits on the line itself, with no need to open anything.
    expect(greeting.querySelector(':scope > .entry__line [data-action="apply"]')).not.toBeNull();
    expect(greeting.querySelector('.entry__line q')!.textContent).toBe('Dear customer');
    expect(greeting.querySelector('.entry__line')!.textContent).toContain('Form-letter greeting');
    expect(root.textContent).not.toContain('personalization.generic-greeting');
    const condescension = root.querySelector('.findings [data-rule-id="tone.condescension"]')!;
    expect(condescension.querySelector('[data-action="apply"]')).toBeNull();
    expect(condescension.querySelector('[data-action="dismiss"]')).not.toBeNull();
  });

  it('folds the tips under their count', () => {
    const state = stateFor('Hi Dana, unfortunately the refund is late. Unfortunately it takes a while.');
    const tips = state.analysis.findings.filter((finding) => finding.severity === 'info' && finding.category !== 'follow-up');
    expect(tips.length).toBeGreaterThan(0);
    const { root } = show(state);
    const folded = root.querySelector<HTMLDetailsElement>('details.tips')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toContain(tips.length === 1 ? '1 tip' : `${tips.length} tips`);
    expect(ruleIds(folded)).toEqual(expect.arrayContaining(tips.map((tip) => tip.ruleId)));
  });

  it('opens details on click: the message, the change, why, and the guidance by chapter title only', () => {
    const { root } = show(stateFor('Dear customer, as I already explained, the refund was processed.'));
    const greeting = root.querySelector<HTMLElement>('[data-rule-id="personalization.generic-greeting"]')!;
    expect(greeting.querySelector('.entry__details')).toBeNull();
    greeting.querySelector<HTMLButtonElement>('[data-action="details"]')!.click();
    return Promise.resolve().then(() => {
      const details = greeting.querySelector('.entry__details')!;
      expect(details.querySelector('[data-change]')!.textContent).toContain('Hi Dana');
      expect(details.textContent).toMatch(/From the guidance chapter “[A-Z][^0-9]*”/);
      expect(details.textContent).not.toMatch(/Guidance: \d/);
    });
  });

  it('passes the finding to the fix, dismiss and highlight handlers', () => {
    const { root, actions } = show(stateFor('Dear customer, the refund was processed.'));
    const line = root.querySelector<HTMLElement>('[data-rule-id="personalization.generic-greeting"]')!;
    line.querySelector<HTMLButtonElement>('[data-action="apply"]')!.click();
    expect(actions.onApply).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting', suggestion: { replacement: 'Hi Dana' } }));
    line.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(actions.onDismiss).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting' }));
    line.dispatchEvent(new Event('mouseenter'));
    expect(actions.onHighlight).toHaveBeenLastCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting' }));
  });

  it('asks before muting a rule for good', async () => {
    const { root, actions } = show(stateFor('As I already explained, no.'));
    const blame = root.querySelector<HTMLElement>('[data-rule-id="tone.blame"]')!;
    blame.querySelector<HTMLButtonElement>('[data-action="details"]')!.click();
    await Promise.resolve();
    blame.querySelector<HTMLButtonElement>('[data-action="mute-rule"]')!.click();
    await Promise.resolve();
    expect(actions.onMuteRule).not.toHaveBeenCalled();
    expect(blame.textContent).toContain('Hide every “Blaming the customer” finding from now on?');
    blame.querySelector<HTMLButtonElement>('[data-action="confirm-mute"]')!.click();
    expect(actions.onMuteRule).toHaveBeenCalledWith('tone.blame');
  });

  it("merges the customer's questions, the anticipated needs and the follow-up findings into one list", () => {
    const parcel: DraftContext = { customerName: 'Dana Whitfield', customerMessage: 'Where is my parcel? It was due last week!!', composer: 'reply' };
    const draft = 'Hi Dana, the parcel left our warehouse on Monday and will arrive on Thursday.';
    // As the pack ships, an open need is a line of the checklist with no finding to dismiss.
    const shipped = show(stateFor(draft, parcel)).root.querySelector('section.checklist [data-checklist-topic="delivery"][data-need="tracking"]')!;
    expect(shipped.getAttribute('data-covered')).toBe('false');
    expect(shipped.hasAttribute('data-finding')).toBe(false);
    document.body.innerHTML = '';
    const { root } = show(stateFor(draft, parcel, withFollowUpFindings));
    const list = root.querySelector('section.checklist')!;
    expect(list.querySelector('h2')!.textContent).toContain('Before you send');
    const question = list.querySelector('[data-question]')!;
    expect(question.textContent).toContain('Where is my parcel?');
    expect(question.getAttribute('data-answered')).toBe('true');
    expect(list.querySelector('[data-checklist-topic="delivery"][data-need="eta"]')!.getAttribute('data-covered')).toBe('true');
    // With follow-up findings on, an open need is the follow-up finding itself (the panel's contract), not a second line for it.
    const tracking = list.querySelector('[data-checklist-topic="delivery"][data-need="tracking"]')!;
    expect(tracking.getAttribute('data-covered')).toBe('false');
    expect(tracking.getAttribute('data-finding')).toBe('');
    expect(tracking.getAttribute('data-topic')).toBe('delivery');
    expect(root.querySelectorAll('[data-finding][data-need="tracking"]')).toHaveLength(1);
    // Open items come before done ones.
    const states = [...list.querySelectorAll('li.check')].map((line) => line.classList.contains('done'));
    expect(states[0]).toBe(false);
    expect(states).toEqual([...states].sort((a, b) => Number(a) - Number(b)));
  });

  it('shows the customer, their mood and what they asked before the agent types', () => {
    const { root } = show(stateFor(''));
    expect(root.textContent).toContain('Start typing your reply');
    expect(root.querySelector('[data-context="mood"]')!.textContent).toBe('Upset');
    expect(root.querySelector('[data-question]')!.textContent).toContain('When will I get my refund for order 4417?');
  });

  it.each([
    {
      given: 'no customer message',
      context: { customerName: 'Dana Whitfield', composer: 'reply' } as DraftContext,
      unchecked: { empathy: 'not-checked', 'follow-up': 'not-checked', clarity: 'partly' },
      gap: "Customer's message not found: empathy and follow-up were not checked; clarity was not fully checked.",
    },
    {
      given: 'no customer name',
      context: { customerMessage: 'Where is my parcel?', composer: 'reply' } as DraftContext,
      unchecked: { personalization: 'partly' },
      gap: "Customer's name not found: personal touch was not fully checked.",
    },
  ])('never shows ✓ for what it could not check ($given), and the header says what is missing', ({ context: given, unchecked, gap }) => {
    const { root } = show(stateFor('Thanks for writing in. Your new address is saved.', given));
    for (const [category, status] of Object.entries(unchecked)) {
      const summary = summaryOf(root, category);
      expect(summary.getAttribute('data-check')).toBe(status);
      expect(summary.textContent).not.toContain('✓');
    }
    expect(root.querySelector('.header .gaps')!.textContent).toContain(gap);
    expect(root.querySelector('.header .gaps')!.textContent).toContain('right-click');
    // A category that had what it needs and found nothing does show ✓.
    expect(summaryOf(root, 'tone').textContent).toContain('✓');
  });

  it('never shows follow-up ✓ while "Before you send" has an open item, and agrees with the vague-time finding', () => {
    // As the README's first draft: "soon" is no time and "already explained" no date, so "When will the
    // refund actually arrive?" stays open.
    const ticket: DraftContext = { customerName: 'Dana Whitfield', customerMessage: 'Nobody has given me a straight answer!!\n\nWhen will the refund actually arrive?', composer: 'reply' };
    const { root } = show(stateFor('Hi Dana,\n\nAs I already explained, refunds are processed by our team. Unfortunately we can\'t speed it up.\n\nIt will be processed soon.', ticket));
    expect(root.querySelector('[data-rule-id="clarity.vague-time"]')).not.toBeNull();
    expect(root.querySelector('[data-question]')!.getAttribute('data-answered')).toBe('false');
    const followUp = summaryOf(root, 'follow-up');
    expect(followUp.textContent).not.toContain('✓');
    expect(followUp.textContent).toContain('1 open');
  });

  it('counts follow-up by what is open before you send when that is more than its findings', () => {
    // The README's first draft in an email: the restocking-fee question is a hint, the "when?" is left to the
    // vague-time finding, and both stay open in the checklist.
    const ticket: DraftContext = {
      customerName: 'Dana Whitfield',
      customerMessage: "Third time I'm writing!! When will the refund actually arrive? And will it be the full $129.99 or are you taking a restocking fee?",
      composer: 'reply',
    };
    const draft = "Dear customer,\n\nAs I already explained, refunds are processed by our backend team and you should have received an email. Unfortunately we can't speed it up. Unfortunately the system is slow this week.\n\nIt will be processed soon.\n\nRegards,\nSam";
    const { root } = show(stateFor(draft, ticket));
    expect(root.querySelectorAll('[data-question][data-answered="false"]').length).toBe(2);
    expect(summaryOf(root, 'follow-up').textContent).toContain('2 open');
  });

  it('says categories about the customer are not coached in an internal note', () => {
    // What the background runs on a note: the profile leaves out the categories about the customer.
    const note = stateFor('Refund approved by finance, sorry.', { ...context, composer: 'note' });
    note.analysis.findings = note.analysis.findings.filter((finding) => finding.category === 'tone' || finding.category === 'clarity');
    const { root } = show(note);
    expect(summaryOf(root, 'empathy').getAttribute('data-check')).toBe('not-coached');
    expect(summaryOf(root, 'empathy').textContent).not.toContain('✓');
  });

  it('shows a notice beside the finding it is about, and Undo after a dismissal', () => {
    const state = stateFor('Dear customer, as I already explained, the refund was processed.');
    const blame = state.analysis.findings.find((finding) => finding.ruleId === 'tone.blame')!;
    const key = findingKey(blame, state.draft);
    const onUndo = vi.fn();
    const { root } = show(state, { notice: { tone: 'problem', text: 'These words changed since the check.', about: { key, followUp: false } }, undo: { finding: blame, key, words: 'as I already explained' }, onUndo });
    expect(root.querySelector('[data-rule-id="tone.blame"] [data-testid="notice"]')!.textContent).toContain('These words changed');
    root.querySelector<HTMLButtonElement>('[data-action="undo-dismiss"]')!.click();
    expect(onUndo).toHaveBeenCalled();
  });

  it('has calm empty states: no editor, an empty draft, nothing to improve', () => {
    const onEnableSite = vi.fn();
    const noEditor = show(null, { onEnableSite });
    expect(noEditor.root.querySelector('[data-testid="connection"]')!.getAttribute('data-status')).toBe('no-editor');
    noEditor.root.querySelector<HTMLButtonElement>('[data-action="enable-site"]')!.click();
    expect(onEnableSite).toHaveBeenCalled();
    // Without the tab's address (panel not opened from the toolbar) it points to the settings instead.
    const unknownSite = show(null);
    expect(unknownSite.root.querySelector('[data-action="enable-site"]')).toBeNull();
    expect(unknownSite.root.querySelector('[data-action="open-site-settings"]')!.getAttribute('href')).toBe('/options.html#sites');

    expect(show(stateFor('   ')).root.textContent).toContain('Start typing your reply');
    const clean = { adapterId: 'generic' as const, draft: 'Thanks, Jo.', context: { composer: 'reply' as const }, analysis: { findings: [] }, hidden: [] };
    // Nothing found, but without the customer's message that is not "looks good".
    expect(show(clean).root.querySelector('.summary__verdict')!.textContent).toBe('Nothing found in what could be checked');
  });
});
