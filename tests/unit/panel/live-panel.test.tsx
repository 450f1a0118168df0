// @vitest-environment happy-dom
import { findingKey } from '../../../lib/engine/finding-key';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LivePanel } from '../../../components/LivePanel';
import { analyze } from '../../../lib/engine';
import type { ApplyFixRequest, EditorActionResult } from '../../../lib/messaging/editor-actions';
import type { TabState, TabStateMessage } from '../../../lib/messaging/panel-messages';
import { PanelSession } from '../../../lib/panel/panel-session';
import { getMutedRules, muteRule, unmuteRule, watchMutedRules } from '../../../lib/settings/muted-rules';
import { readUnderlineSettings, saveUnderlineSettings, watchUnderlineSettings } from '../../../lib/settings/underline-settings';

const TAB = 5;
const customerMessage = "This is the third time I'm asking!! When will I get my refund for order 4417 <img src=x onerror=\"window.hacked=1\">?";
const context = { customerName: 'Dana <b>Whitfield</b>', customerMessage, subject: 'Refund', composer: 'reply' as const };

function stateFor(draft: string, tabId = TAB, dismissed: string[] = []): TabState {
  // What the background sends: the engine's analysis, through JSON like any message.
  const analysis = JSON.parse(JSON.stringify(analyze({ draft, customerMessage, customerName: context.customerName })));
  return { tabId, frameId: 0, adapterId: 'zendesk', draft, context, frame: { url: 'https://acme.zendesk.com/agent/tickets/1', isTopFrame: true }, analysis, readMs: 1, updatedAt: 1, dismissed };
}

/** The finding's key, as the background keeps it in `dismissed`. */
function keyOf(ruleId: string, words: string): string {
  const draft = backgroundState!.draft;
  return findingKey({ ruleId, start: draft.indexOf(words), end: draft.indexOf(words) + words.length }, draft);
}

/** The background as the panel meets it: answers `get-tab-state` and editor actions, remembers what it was sent. */
let backgroundState: TabState | null;
let pageAnswer: EditorActionResult;
let sent: unknown[];
const requestSiteAccess = vi.fn(async () => true);

async function broadcast(state: TabState | null, tabId = TAB): Promise<void> {
  const message: TabStateMessage = { type: 'tab-state', tabId, state };
  await act(async () => {
    await fakeBrowser.runtime.onMessage.trigger(message, { id: browser.runtime.id });
  });
}

/** Lets the panel's chain of answers (tab, state, storage) run and the view render. */
async function settle(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

let session: PanelSession;
let root: HTMLElement;

async function openPanel(options: { pinnedTabId?: number } = { pinnedTabId: TAB }): Promise<void> {
  session = new PanelSession({
    browser,
    mutedRules: { get: getMutedRules, watch: watchMutedRules, mute: muteRule },
    underlines: { get: readUnderlineSettings, watch: watchUnderlineSettings, save: saveUnderlineSettings },
    requestSiteAccess,
    undoMs: 200,
    ...options,
  });
  session.start();
  root = document.createElement('div');
  document.body.append(root);
  render(<LivePanel session={session} />, root);
  await settle();
}

const card = (ruleId: string) => root.querySelector<HTMLElement>(`[data-finding][data-rule-id="${ruleId}"]`);
const click = async (element: HTMLElement | null) => {
  await act(async () => element!.click());
  await settle();
};

beforeEach(() => {
  fakeBrowser.reset();
  backgroundState = stateFor('Dear customer, as I already explained, the refund was processed.');
  pageAnswer = { ok: true };
  sent = [];
  requestSiteAccess.mockClear();
  vi.spyOn(browser.tabs, 'get').mockImplementation((async (tabId: number) => ({ id: tabId, url: 'https://acme.zendesk.com/agent/tickets/1' })) as unknown as typeof browser.tabs.get);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId?: number }) => {
    sent.push(message);
    if (message.type === 'get-tab-state') return { type: 'tab-state', tabId: message.tabId, state: backgroundState?.tabId === message.tabId ? backgroundState : null };
    return pageAnswer;
  }) as unknown as typeof browser.runtime.sendMessage);
});

afterEach(() => {
  session.stop();
  render(null, root);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the live side panel', () => {
  it('shows the tab’s draft as coached by the background, and follows every update', async () => {
    await openPanel();
    expect(root.querySelector('[data-testid="connection"]')!.getAttribute('data-status')).toBe('connected');
    expect(card('tone.blame')).not.toBeNull();
    await broadcast(stateFor('Hi Dana, the refund was processed today and will reach your card within 3 business days.'));
    expect(card('tone.blame')).toBeNull();
    // Another tab's news is not this panel's.
    await broadcast(stateFor('Dear customer, as I already explained.', 99), 99);
    expect(card('tone.blame')).toBeNull();
    await broadcast(null);
    expect(root.querySelector('[data-testid="connection"]')!.getAttribute('data-status')).toBe('no-editor');
  });

  it('shows what the customer wrote as text, never as HTML', async () => {
    await openPanel();
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('[data-context="customer-name"]')!.textContent).toBe('Dana <b>Whitfield</b>');
    expect(root.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('follows the active tab of its window when it is not pinned', async () => {
    const { id: windowId } = await fakeBrowser.windows.create({ focused: true });
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 11, windowId, active: true }]) as unknown as typeof browser.tabs.query);
    backgroundState = stateFor('Dear customer, thanks.', 12);
    await openPanel({});
    expect(sent).toContainEqual({ type: 'get-tab-state', tabId: 11 });
    expect(root.querySelector('[data-testid="connection"]')!.getAttribute('data-status')).toBe('no-editor');

    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: windowId! });
    });
    await settle();
    expect(card('personalization.generic-greeting')).not.toBeNull();
    // A tab activated in another window is not followed.
    await act(async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 13, windowId: windowId! + 1 });
    });
    await settle();
    expect(sent).not.toContainEqual({ type: 'get-tab-state', tabId: 13 });
  });

  it('dismisses a finding through the background, hides it at once, and brings it back with Undo', async () => {
    await openPanel();
    await click(card('tone.blame')!.querySelector('[data-action="dismiss"]'));
    expect(card('tone.blame')).toBeNull();
    const key = keyOf('tone.blame', 'as I already explained');
    expect(sent).toContainEqual({ type: 'finding-dismissed', tabId: TAB, key, dismissed: true });
    // The background keeps it dismissed while the agent types on.
    await broadcast(stateFor('Dear customer, as I already explained, the refund was processed. More soon.', TAB, [key]));
    expect(card('tone.blame')).toBeNull();
    expect(card('personalization.generic-greeting')).not.toBeNull();

    await click(root.querySelector('[data-action="undo-dismiss"]'));
    expect(sent).toContainEqual({ type: 'finding-dismissed', tabId: TAB, key, dismissed: false });
    expect(card('tone.blame')).not.toBeNull();
    // Undo is offered for a few seconds only.
    await click(card('tone.blame')!.querySelector('[data-action="dismiss"]'));
    expect(root.querySelector('[data-action="undo-dismiss"]')).not.toBeNull();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(root.querySelector('[data-action="undo-dismiss"]')).toBeNull();
  });

  it('mutes a rule for good once the agent confirms: stored for the options page to turn back on, hidden at once', async () => {
    await openPanel();
    await click(card('tone.blame')!.querySelector('[data-action="details"]'));
    await click(card('tone.blame')!.querySelector('[data-action="mute-rule"]'));
    expect(await getMutedRules()).toEqual([]);
    await click(card('tone.blame')!.querySelector('[data-action="confirm-mute"]'));
    expect(card('tone.blame')).toBeNull();
    expect(await getMutedRules()).toEqual(['tone.blame']);
    await act(async () => unmuteRule('tone.blame'));
    await settle();
    expect(card('tone.blame')).not.toBeNull();
  });

  it('switches the underlines off and on for the tab’s site', async () => {
    await openPanel();
    const toggle = root.querySelector<HTMLInputElement>('[data-action="underlines-here"]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.parentElement!.textContent).toContain('acme.zendesk.com');
    await click(toggle);
    expect(await readUnderlineSettings()).toEqual({ enabled: true, offSites: ['acme.zendesk.com'] });
    await click(root.querySelector('[data-action="underlines-here"]'));
    expect(await readUnderlineSettings()).toEqual({ enabled: true, offSites: [] });
  });

  it('says when the underlines are on but could not load in the page, and how to bring them back', async () => {
    await openPanel();
    expect(root.querySelector('[data-underlines="unavailable"]')).toBeNull();
    backgroundState = { ...backgroundState!, underlinesUnavailable: true };
    session.stop();
    render(null, root);
    root.remove();
    await openPanel();
    const note = root.querySelector('[data-underlines="unavailable"]');
    expect(note?.textContent).toContain('could not load');
    expect(note?.textContent).toContain('Reload the page');
    // Switched off on purpose: nothing is missing, so nothing to explain.
    await click(root.querySelector('[data-action="underlines-here"]'));
    expect(root.querySelector('[data-underlines="unavailable"]')).toBeNull();
  });

  it('asks for a fix with the words it saw, and says calmly why nothing changed when it could not be applied', async () => {
    await openPanel();
    pageAnswer = { ok: false, reason: 'draft-changed' };
    await click(card('personalization.generic-greeting')!.querySelector('[data-action="apply"]'));
    const draft = backgroundState!.draft;
    expect(sent).toContainEqual({
      type: 'apply-fix',
      tabId: TAB,
      ruleId: 'personalization.generic-greeting',
      range: { draft, start: 0, end: 13, expected: 'Dear customer' },
      replacement: 'Hi Dana',
    } satisfies ApplyFixRequest);
    // Said beside the finding (still there: nothing changed), and to screen readers.
    const notice = card('personalization.generic-greeting')!.querySelector('[data-testid="notice"]')!;
    expect(notice.getAttribute('data-tone')).toBe('problem');
    expect(notice.textContent).toContain('nothing was replaced');
    expect(root.querySelector('[role="status"]')!.textContent).toContain('nothing was replaced');

    pageAnswer = { ok: true };
    await click(card('personalization.generic-greeting')!.querySelector('[data-action="apply"]'));
    expect(root.querySelectorAll('[data-testid="notice"]')).toHaveLength(1);
    expect(root.querySelector('[data-testid="notice"]')!.getAttribute('data-tone')).toBe('done');
    // The next action replaces it.
    await click(card('tone.blame')!.querySelector('[data-action="dismiss"]'));
    expect(root.querySelector('[data-testid="notice"]')).toBeNull();
  });

  it('highlights a finding’s words while it is hovered or focused, and clears them after', async () => {
    await openPanel();
    const blame = card('tone.blame')!;
    await act(async () => {
      blame.dispatchEvent(new Event('mouseenter'));
    });
    expect(sent.at(-1)).toEqual({ type: 'highlight', tabId: TAB, range: { draft: backgroundState!.draft, start: 15, end: 37, expected: 'as I already explained' } });
    await act(async () => {
      blame.dispatchEvent(new Event('mouseleave'));
    });
    expect(sent.at(-1)).toEqual({ type: 'highlight', tabId: TAB, range: null });
  });

  it('offers to enable a site where no editor is read, but not on a helpdesk', async () => {
    vi.spyOn(browser.tabs, 'get').mockImplementation((async (tabId: number) => ({ id: tabId, url: 'https://support.acme.example/inbox/4' })) as unknown as typeof browser.tabs.get);
    backgroundState = null;
    await openPanel();
    let answerPrompt: (granted: boolean) => void = () => undefined;
    requestSiteAccess.mockImplementationOnce(() => new Promise<boolean>((resolve) => (answerPrompt = resolve)));
    await click(root.querySelector('[data-action="enable-site"]'));
    expect(requestSiteAccess).toHaveBeenCalledWith(browser.permissions, 'https://support.acme.example/inbox/4');
    expect(root.querySelector('[data-testid="notice"]')!.textContent).toContain("Confirm in your browser's prompt");
    await act(async () => answerPrompt(true));
    expect(root.querySelector('[data-testid="notice"]')!.textContent).toContain('Reply Coach is on for this site');

    session.stop();
    vi.spyOn(browser.tabs, 'get').mockImplementation((async (tabId: number) => ({ id: tabId, url: 'https://acme.zendesk.com/agent/dashboard' })) as unknown as typeof browser.tabs.get);
    await openPanel();
    expect(root.querySelector('[data-action="enable-site"]')).toBeNull();
  });

  it('moves between findings with the arrow keys', async () => {
    await openPanel();
    const cards = [...root.querySelectorAll<HTMLElement>('[data-finding]')];
    cards[0]!.focus();
    await act(async () => {
      cards[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(cards[1]);
  });
});
