import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findingKey } from '../../../lib/engine/finding-key';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/engine';
import type { DraftSnapshotMessage } from '../../../lib/messaging/content-messages';
import type { TabState, TabStateMessage } from '../../../lib/messaging/panel-messages';
import type { MessageSenderInfo } from '../../../lib/messaging/sender';
import { listenForTabState } from '../../../lib/tab-state/listen';
import { TabStateStore, type Analyzer } from '../../../lib/tab-state/tab-state-store';

const TAB = 7;
const HELPDESK_URL = 'https://acme.zendesk.com/agent/tickets/4522';

const snapshot: DraftSnapshotMessage = {
  type: 'draft-snapshot',
  adapterId: 'zendesk',
  draft: 'Hi Maria, calm down.',
  context: { customerName: 'Maria Lopez', customerMessage: 'Where is my money?', subject: 'Refund', composer: 'reply' },
  sources: {
    customerName: { strategy: 'adapter', selector: '[data-test-id="omni-log-item-sender"]' },
    customerMessage: { strategy: 'adapter', selector: '[data-test-id="omni-log-item-message"][type="end-user"]' },
    subject: { strategy: 'subject-field' },
    composer: { strategy: 'default' },
  },
  frame: { url: HELPDESK_URL, isTopFrame: true },
  pageUrl: HELPDESK_URL,
  readMs: 0.4,
};

// A stand-in engine with one visible effect: every draft containing "calm down" gets one finding.
const fakeAnalyzer: Analyzer = ({ draft }) => ({
  findings: draft.includes('calm down')
    ? [{ ruleId: 'tone.calm-down', title: 'Calm down', category: 'tone', severity: 'warning', message: 'Avoid “calm down”', explanation: 'It dismisses feelings.', start: draft.indexOf('calm down'), end: draft.indexOf('calm down') + 9 }]
    : [],
});

function fromContentScript(tabId = TAB, frameId = 0): MessageSenderInfo {
  return { id: browser.runtime.id, tab: { id: tabId }, frameId, url: HELPDESK_URL };
}

function fromPanel(): MessageSenderInfo {
  return { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
}

async function send(message: unknown, sender: MessageSenderInfo): Promise<unknown> {
  // The listener reads only these fields of the browser's MessageSender.
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
  // Let the store's asynchronous writes finish before looking at the result.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return answers.find((answer) => answer !== undefined);
}

async function panelReads(tabId = TAB): Promise<TabStateMessage> {
  return (await send({ type: 'get-tab-state', tabId }, fromPanel())) as TabStateMessage;
}

function startBackground(analyzer: Analyzer = fakeAnalyzer): void {
  listenForTabState(browser, new TabStateStore(analyzer, browser.storage.session, () => 1_000));
}

beforeEach(() => {
  fakeBrowser.reset();
  startBackground();
});

describe('background per-tab state', () => {
  it('keeps what a helpdesk tab reports, with the analysis, for a panel opened later', async () => {
    await send(snapshot, fromContentScript());
    const { state } = await panelReads();
    expect(state).toMatchObject({
      tabId: TAB,
      adapterId: 'zendesk',
      draft: 'Hi Maria, calm down.',
      context: { customerName: 'Maria Lopez', customerMessage: 'Where is my money?', subject: 'Refund', composer: 'reply' },
      frame: { url: HELPDESK_URL, isTopFrame: true },
    });
    expect(state?.analysis.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual([['tone.calm-down', 10, 19]]);
  });

  it("runs the real engine on the draft and the customer's context", async () => {
    fakeBrowser.reset();
    startBackground((input) => analyze(input));
    const blaming = { ...snapshot, draft: 'As I already explained, no.' };
    await send(blaming, fromContentScript());
    const { state } = await panelReads();
    const expected = analyze({ draft: blaming.draft, customerName: 'Maria Lopez', customerMessage: 'Where is my money?', subject: 'Refund' });
    expect(expected.findings.length).toBeGreaterThan(0);
    // Everything the engine says reaches the panel: findings and what it heard from the customer.
    expect(state?.analysis).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('tells open panels when a tab changes', async () => {
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage');
    await send(snapshot, fromContentScript());
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'tab-state', tabId: TAB, state: expect.objectContaining({ draft: snapshot.draft }) }));
  });

  it('answers the panel with no state for a tab without an editor', async () => {
    expect(await panelReads(99)).toEqual({ type: 'tab-state', tabId: 99, state: null });
  });

  it('drops the state of a closed tab', async () => {
    await send(snapshot, fromContentScript());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await panelReads()).state).toBeNull();
  });

  it('forgets the draft when its editor is lost, but not when another frame loses one', async () => {
    await send(snapshot, fromContentScript(TAB, 3));
    await send({ type: 'editor-lost', frame: { url: 'about:blank', isTopFrame: false } }, fromContentScript(TAB, 5));
    expect((await panelReads()).state?.draft).toBe(snapshot.draft);
    await send({ type: 'editor-lost', frame: snapshot.frame }, fromContentScript(TAB, 3));
    expect((await panelReads()).state).toBeNull();
  });

  it('keeps that the editor\'s frame could not load the underlines, for as long as the page says so', async () => {
    await send(snapshot, fromContentScript());
    expect((await panelReads()).state?.underlinesUnavailable).toBeUndefined();
    await send({ ...snapshot, inPageCoach: 'unavailable' }, fromContentScript());
    expect((await panelReads()).state?.underlinesUnavailable).toBe(true);
    // A reloaded page loads them again and stops saying so.
    await send(snapshot, fromContentScript());
    expect((await panelReads()).state?.underlinesUnavailable).toBeUndefined();
  });

  it('still knows the state after the service worker was stopped and started again', async () => {
    await send(snapshot, fromContentScript());
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground();
    expect((await panelReads()).state?.draft).toBe(snapshot.draft);
  });
});

describe('what the agent does in the page', () => {
  const CALM_KEY = findingKey({ ruleId: 'tone.calm-down', start: 10, end: 19 }, snapshot.draft);
  let events: { ruleId: string; event: string; count?: number }[];
  let panelsOpened: { id: number; windowId?: number }[];
  let published: (TabState | null)[];

  beforeEach(() => {
    fakeBrowser.reset();
    events = [];
    panelsOpened = [];
    published = [];
    listenForTabState(browser, new TabStateStore(fakeAnalyzer, browser.storage.session, () => 1_000), {
      publish: (_tabId, state) => published.push(state),
      recordRuleEvents: async (recorded) => void events.push(...recorded),
      openPanel: (tab) => panelsOpened.push(tab),
    });
  });

  it('a dismissal in the card: kept with the tab, published, counted for its rule', async () => {
    await send(snapshot, fromContentScript());
    await send({ type: 'page-dismiss', key: CALM_KEY }, fromContentScript());
    expect((await panelReads()).state?.dismissed).toEqual([CALM_KEY]);
    expect(published.at(-1)?.dismissed).toEqual([CALM_KEY]);
    expect(events).toEqual([{ ruleId: 'tone.calm-down', event: 'dismissed' }]);
    // A dismissal lasts as long as the draft: typing on keeps it, a sent (emptied) reply ends it.
    await send({ ...snapshot, draft: 'Hi Maria, calm down. Thanks.' }, fromContentScript());
    expect((await panelReads()).state?.dismissed).toEqual([CALM_KEY]);
    await send({ ...snapshot, draft: '' }, fromContentScript());
    expect((await panelReads()).state?.dismissed).toEqual([]);
  });

  it('a fix applied from the card is counted for its rule', async () => {
    await send(snapshot, fromContentScript());
    await send({ type: 'page-fix-applied', key: CALM_KEY }, fromContentScript());
    expect(events).toEqual([{ ruleId: 'tone.calm-down', event: 'fixed' }]);
  });

  it('a click on the count at the editor opens the panel beside that tab', async () => {
    await send({ type: 'open-panel' }, { ...fromContentScript(), tab: { id: TAB, windowId: 3 } });
    expect(panelsOpened).toEqual([{ id: TAB, windowId: 3 }]);
  });

  it('a key of no finding changes nothing', async () => {
    await send(snapshot, fromContentScript());
    await send({ type: 'page-dismiss', key: 'made-up' }, fromContentScript());
    expect((await panelReads()).state?.dismissed).toEqual([]);
    expect(events).toEqual([]);
  });
});

describe('who the background listens to', () => {
  it('ignores messages from other extensions', async () => {
    await send(snapshot, { ...fromContentScript(), id: 'some-other-extension' });
    expect((await panelReads()).state).toBeNull();
    expect(await send({ type: 'get-tab-state', tabId: TAB }, { ...fromPanel(), id: 'some-other-extension' })).toBeUndefined();
  });

  it('ignores malformed messages', async () => {
    await send({ ...snapshot, adapterId: 'myspace' }, fromContentScript());
    await send({ ...snapshot, context: { composer: 'tweet' } }, fromContentScript());
    await send({ ...snapshot, draft: 42 }, fromContentScript());
    expect((await panelReads()).state).toBeNull();
  });

  it("does not let a content script read a tab's draft", async () => {
    await send(snapshot, fromContentScript());
    expect(await send({ type: 'get-tab-state', tabId: TAB }, fromContentScript(8))).toBeUndefined();
  });

  it('answers the panel page also when it is shown in a tab', async () => {
    await send(snapshot, fromContentScript());
    const panelInATab = { ...fromPanel(), tab: { id: 12 } };
    expect(await send({ type: 'get-tab-state', tabId: TAB }, panelInATab)).toMatchObject({ state: { draft: snapshot.draft } });
  });

  it('does not take drafts from extension pages (only tabs have drafts)', async () => {
    await send(snapshot, fromPanel());
    expect((await panelReads()).state).toBeNull();
  });
});

describe('storage writes', () => {
  it('a closed tab stays forgotten even when its last write was still on its way', async () => {
    fakeBrowser.reset();
    // storage.session answering slowly, as a busy browser does.
    const area = browser.storage.session;
    const slow = { get: area.get.bind(area), remove: area.remove.bind(area), set: async (items: Record<string, unknown>) => { await new Promise((resolve) => setTimeout(resolve, 30)); await area.set(items); } };
    const store = new TabStateStore(fakeAnalyzer, slow, () => 1_000);
    // The analysis is back before storage has the state (the page's underlines do not wait for storage).
    await store.applySnapshot(TAB, 0, snapshot);
    await store.drop(TAB);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.get(TAB)).toBeNull();
    expect(await new TabStateStore(fakeAnalyzer, slow).get(TAB)).toBeNull();
  });
});
