// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelState } from '../../../components/Panel';
import { analyze } from '../../../lib/engine';
import type { RuleSet } from '../../../lib/rules/schema';
import { withFollowUpFindings } from '../support/follow-up-findings';

const customerMessage = "This is the third time I'm asking!! When will I get my refund for order 4417? <img src=x onerror=\"window.hacked=1\">";
const context = { customerName: 'Dana <b>Whitfield</b>', customerMessage, subject: 'Refund <script>alert(1)</script>', composer: 'reply' as const };

function stateFor(draft: string, ruleSet?: RuleSet): PanelState {
  return { adapterId: 'zendesk', draft, context, analysis: analyze({ draft, customerMessage, customerName: context.customerName }, ruleSet) };
}

function show(state: PanelState | null, overrides: Partial<Parameters<typeof Panel>[0]> = {}) {
  const actions = { onApply: vi.fn(), onDismiss: vi.fn(), onMuteRule: vi.fn(), onHighlight: vi.fn(), ...overrides };
  const root = document.createElement('div');
  document.body.append(root);
  render(<Panel state={state} {...actions} />, root);
  return { root, actions };
}

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

  it('shows one element per finding, with its rule, category and topic, and the actions it allows', () => {
    const state = stateFor('Dear customer, as I already explained, the refund was processed.', withFollowUpFindings);
    const { root } = show(state);
    const cards = [...root.querySelectorAll('[data-finding]')];
    expect(cards).toHaveLength(state.analysis.findings.length);
    const blame = root.querySelector('[data-rule-id="tone.blame"]')!;
    expect(blame.getAttribute('data-category')).toBe('tone');
    expect(blame.querySelector('[data-action="dismiss"]')).not.toBeNull();
    expect(blame.querySelector('[data-action="apply"]')).toBeNull();
    const greeting = root.querySelector('[data-rule-id="personalization.generic-greeting"]')!;
    expect(greeting.querySelector('[data-action="apply"]')).not.toBeNull();
    expect(root.querySelector('[data-rule-id="follow-up.refund"]')!.getAttribute('data-topic')).toBe('refund');
  });

  it('passes the finding to the fix, dismiss and highlight handlers', () => {
    const state = stateFor('Dear customer, the refund was processed.');
    const { root, actions } = show(state);
    const card = root.querySelector<HTMLElement>('[data-rule-id="personalization.generic-greeting"]')!;
    card.querySelector<HTMLButtonElement>('[data-action="apply"]')!.click();
    expect(actions.onApply).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting', suggestion: { replacement: 'Hi Dana' } }));
    card.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(actions.onDismiss).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting' }));
    card.dispatchEvent(new Event('mouseenter'));
    expect(actions.onHighlight).toHaveBeenLastCalledWith(expect.objectContaining({ ruleId: 'personalization.generic-greeting' }));
  });

  it("lists the customer's questions and the anticipated needs, each done or not", () => {
    const { root } = show(stateFor('Hi Dana, the refund for order 4417 was processed today.'));
    const question = root.querySelector('[data-question]')!;
    expect(question.textContent).toContain('When will I get my refund for order 4417?');
    expect(question.getAttribute('data-answered')).toBe('true');
    const timeline = root.querySelector('[data-checklist-topic="refund"] [data-need="timeline"]')!;
    expect(timeline.getAttribute('data-covered')).toBe('true');
    // The customer did not ask about the amount, so the checklist does not ask it of the reply.
    expect(root.querySelector('[data-checklist-topic="refund"] [data-need="amount"]')).toBeNull();
  });

  it('shows a summary per category and an overall state', () => {
    const { root } = show(stateFor('Dear customer, as I already explained, the refund was processed.'));
    expect(root.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('needs-work');
    expect(root.querySelector('[data-summary-category="tone"]')!.textContent).toContain('1');
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
    const clean = { adapterId: 'generic' as const, draft: 'Thanks, Jo.', context: { composer: 'reply' as const }, analysis: { findings: [] } };
    expect(show(clean).root.textContent).toContain('Nothing to improve');
  });
});
