// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageFinding } from '../../../lib/messaging/editor-actions';
import { FindingCard } from '../../../lib/overlay/finding-card';

const GREETING: PageFinding = {
  key: 'k1',
  ruleId: 'personalization.generic-greeting',
  title: 'Form-letter greeting',
  category: 'personalization',
  severity: 'warning',
  message: '"Dear customer" reads like a form letter.',
  explanation: 'A greeting with their name shows a person read their message.',
  guidance: 'Personalizing Service',
  start: 0,
  end: 13,
  replacement: 'Hi Maria',
};

afterEach(() => {
  document.documentElement.querySelectorAll('reply-coach-card').forEach((host) => host.remove());
});

describe('the card at the words', () => {
  it('is a <reply-coach-card> with an open shadow root, outside the body, holding the contract’s attributes', () => {
    const card = new FindingCard(document, { apply: vi.fn(), dismiss: vi.fn() });
    card.show([{ finding: GREETING, words: 'Dear customer' }], { left: 10, top: 10, width: 80, height: 16 });
    const host = document.querySelector('reply-coach-card')!;
    expect(host.parentElement).toBe(document.documentElement);
    const root = host.shadowRoot!;
    const entry = root.querySelector('[data-finding]')!;
    expect(entry.getAttribute('data-rule-id')).toBe('personalization.generic-greeting');
    expect(entry.querySelector('[data-action="apply"]')).not.toBeNull();
    expect(entry.querySelector('[data-action="dismiss"]')).not.toBeNull();
    expect(entry.querySelector('[data-change]')!.textContent).toBe('Dear customer → Hi Maria');
  });

  it('hands the finding to Apply and Dismiss, and shows why on request', () => {
    const actions = { apply: vi.fn(), dismiss: vi.fn() };
    const card = new FindingCard(document, actions);
    card.show([{ finding: GREETING, words: 'Dear customer' }], { left: 0, top: 0, width: 10, height: 10 });
    const root = card.host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-action="apply"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(actions.apply).toHaveBeenCalledWith(GREETING);
    expect(actions.dismiss).toHaveBeenCalledWith(GREETING);
    const why = root.querySelector<HTMLElement>('.why')!;
    expect(why.hidden).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-action="why"]')!.click();
    expect(why.hidden).toBe(false);
    expect(why.textContent).toContain('“Personalizing Service”');
  });

  it('shows page text as text', () => {
    const card = new FindingCard(document, { apply: vi.fn(), dismiss: vi.fn() });
    card.show([{ finding: { ...GREETING, message: '<img src=x onerror="window.hacked=1">' }, words: '<b>Dear</b>' }], { left: 0, top: 0, width: 10, height: 10 });
    const root = card.host.shadowRoot!;
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.hacked=1">');
  });

  it('offers no Apply for a finding without a fix, and says why an action failed in the card', () => {
    const card = new FindingCard(document, { apply: vi.fn(), dismiss: vi.fn() });
    const { replacement: _, ...withoutFix } = GREETING;
    card.show([{ finding: withoutFix, words: 'Dear customer' }], { left: 0, top: 0, width: 10, height: 10 });
    expect(card.host.shadowRoot!.querySelector('[data-action="apply"]')).toBeNull();
    card.setStatus('k1', 'These words changed since the check.');
    expect(card.host.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('These words changed since the check.');
  });
});
