import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../../lib/engine/types';
import type { PageFindings } from '../../../lib/messaging/editor-actions';
import type { TabState } from '../../../lib/messaging/panel-messages';
import { findingKey } from '../../../lib/engine/finding-key';
import { tabStatePublisher } from '../../../lib/tab-state/publish-tab-state';
import { toolbarBadge } from '../../../lib/tab-state/toolbar-badge';

const TAB = 4;
const DRAFT = 'Dear customer, as I already explained, it will come soon.';

function finding(ruleId: string, words: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  const start = DRAFT.indexOf(words);
  return { ruleId, title: ruleId, category: 'tone', severity, message: `${ruleId} message`, explanation: 'why', start, end: start + words.length, ...extra };
}

const FINDINGS = [
  finding('personalization.generic-greeting', 'Dear customer', 'warning', { category: 'personalization', suggestion: { replacement: 'Hi Maria' }, guidance: '000 Personalizing Service' }),
  finding('tone.blame', 'as I already explained', 'error'),
  finding('clarity.vague-time', 'soon', 'info', { category: 'clarity' }),
];

function state(dismissed: string[] = []): TabState {
  return { tabId: TAB, frameId: 2, adapterId: 'zendesk', draft: DRAFT, context: { composer: 'reply' }, frame: { url: 'about:blank', isTopFrame: false }, analysis: { findings: FINDINGS }, readMs: 0, updatedAt: 0, dismissed };
}

let muted: string[];
let onMuted: ((ids: string[]) => void) | undefined;
const mutedRules = { get: async () => muted, watch: (callback: (ids: string[]) => void) => ((onMuted = callback), () => undefined) };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  muted = [];
  onMuted = undefined;
});

describe('publishing a tab’s state', () => {
  it.each([
    { given: 'every finding open', dismissed: [] as string[], mute: [] as string[], expected: ['personalization.generic-greeting', 'tone.blame', 'clarity.vague-time'], badge: { text: '3', color: '#b91c1c' } },
    { given: 'a dismissed finding', dismissed: [findingKey(FINDINGS[1]!, DRAFT)], mute: [], expected: ['personalization.generic-greeting', 'clarity.vague-time'], badge: { text: '2', color: '#b45309' } },
    { given: 'a muted rule', dismissed: [], mute: ['personalization.generic-greeting', 'tone.blame'], expected: ['clarity.vague-time'], badge: { text: '1', color: '#2563eb' } },
    { given: 'nothing open', dismissed: [], mute: ['personalization.generic-greeting', 'tone.blame', 'clarity.vague-time'], expected: [], badge: { text: '', color: '#2563eb' } },
  ])('$given: the page underlines the open findings, the toolbar counts them', async ({ dismissed, mute, expected, badge }) => {
    muted = mute;
    const toPage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const publish = tabStatePublisher(browser, mutedRules, () => undefined);
    publish(TAB, state(dismissed));
    await tick();

    const [tabId, message, options] = toPage.mock.calls[0]!;
    expect(tabId).toBe(TAB);
    // To the frame that holds the editor, only.
    expect(options).toEqual({ frameId: 2 });
    const sent = message as PageFindings;
    expect(sent.draft).toBe(DRAFT);
    expect(sent.findings.map((entry) => entry.ruleId)).toEqual(expected);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe(badge.text);
    expect(toolbarBadge(FINDINGS.filter((entry) => expected.includes(entry.ruleId)))).toEqual(badge);
  });

  it('gives the page what its card shows: title, message, the fix, and the guidance by chapter title', async () => {
    const toPage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    tabStatePublisher(browser, mutedRules, () => undefined)(TAB, state());
    await tick();
    const greeting = (toPage.mock.calls[0]![1] as PageFindings).findings[0]!;
    expect(greeting).toEqual({
      key: findingKey(FINDINGS[0]!, DRAFT),
      ruleId: 'personalization.generic-greeting',
      title: 'personalization.generic-greeting',
      category: 'personalization',
      severity: 'warning',
      message: 'personalization.generic-greeting message',
      explanation: 'why',
      guidance: 'Personalizing Service',
      start: 0,
      end: 13,
      replacement: 'Hi Maria',
    });
  });

  it('clears the count when the tab has no draft any more', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const publish = tabStatePublisher(browser, mutedRules, () => undefined);
    publish(TAB, state());
    await tick();
    publish(TAB, null);
    await tick();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('asks for every tab to be published again when the agent mutes or unmutes a rule', async () => {
    const again = vi.fn();
    tabStatePublisher(browser, mutedRules, again);
    onMuted?.(['tone.blame']);
    expect(again).toHaveBeenCalledTimes(1);
  });
});
