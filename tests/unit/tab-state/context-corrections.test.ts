import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftSnapshotMessage } from '../../../lib/messaging/content-messages';
import type { TabStateMessage } from '../../../lib/messaging/panel-messages';
import type { MessageSenderInfo } from '../../../lib/messaging/sender';
import { CONTEXT_MENU_ITEMS, installContextMenu, type ContextMenuApi } from '../../../lib/tab-state/context-menu';
import { broadcastTabState, listenForTabState } from '../../../lib/tab-state/listen';
import { listenForContextCorrections } from '../../../lib/tab-state/listen-corrections';
import { TabStateStore, type Analyzer } from '../../../lib/tab-state/tab-state-store';

const TAB = 4;
const TICKET = 'https://acme.zendesk.com/agent/tickets/4522';

const snapshot = (pageUrl = TICKET): DraftSnapshotMessage => ({
  type: 'draft-snapshot',
  adapterId: 'zendesk',
  draft: 'Hi there, thanks for waiting.',
  context: { customerName: 'Support Bot', subject: 'Refund', composer: 'reply' },
  sources: { customerName: { strategy: 'requester-label' }, subject: { strategy: 'adapter', selector: 'input[data-test-id="omni-header-subject"]' }, composer: { strategy: 'default' } },
  frame: { url: pageUrl, isTopFrame: true },
  pageUrl,
  readMs: 1,
});

// A stand-in engine with one visible effect: it says whom the reply is for and what they wrote.
const echoContext: Analyzer = ({ customerName, customerMessage }) => ({
  findings: [{ ruleId: 'test.context', title: 'Context', category: 'personalization', severity: 'info', message: `${customerName ?? '-'} / ${customerMessage ?? '-'}`, explanation: 'e', start: 0, end: 2 }],
});

/** An in-memory context menu: created items, and a way to click one (WXT's fakeBrowser has none). */
function contextMenus() {
  const items = new Map<string | number, Record<string, unknown>>();
  let clicked: ((info: Record<string, unknown>, tab?: { id?: number; url?: string }) => void) | undefined;
  return {
    items,
    click: (info: Record<string, unknown>, tab?: { id?: number; url?: string }) => clicked?.(info, tab),
    api: {
      removeAll: async () => items.clear(),
      create: (item: { id: string }) => void items.set(item.id, item),
      update: async (id: string, changes: Record<string, unknown>) => void items.set(id, { ...items.get(id), ...changes }),
      onClicked: { addListener: (listener: typeof clicked) => (clicked = listener) },
    },
  };
}

const fromContentScript: MessageSenderInfo = { id: browser.runtime.id, tab: { id: TAB }, frameId: 0, url: TICKET };
const fromPanel: MessageSenderInfo = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };

async function send(message: unknown, sender: MessageSenderInfo): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return answers.find((answer) => answer !== undefined);
}

async function stateOfTab() {
  return ((await send({ type: 'get-tab-state', tabId: TAB }, fromPanel)) as TabStateMessage).state;
}

let store: TabStateStore;
let menus: ReturnType<typeof contextMenus>;
/** What our script in the page answers when asked for the selection (undefined: not running there). */
let pageSelection: string | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  store = new TabStateStore(echoContext, browser.storage.session, () => 1_000);
  listenForTabState(browser, store);
  const broadcast = (tabId: number, state: TabStateMessage['state']) => broadcastTabState(browser, tabId, state);
  listenForContextCorrections(browser, store, broadcast);
  menus = contextMenus();
  pageSelection = undefined;
  const api = {
    contextMenus: menus.api,
    tabs: { sendMessage: async () => (pageSelection === undefined ? Promise.reject(new Error('no receiver')) : { text: pageSelection }) },
  } as unknown as ContextMenuApi;
  installContextMenu(api, store, async () => ['https://*.zendesk.com/*', 'https://support.acme.example/*'], broadcast);
});

describe('which strategy read each field', () => {
  it('is kept in the tab state with the context', async () => {
    await send(snapshot(), fromContentScript);
    expect(await stateOfTab()).toMatchObject({ sources: snapshot().sources, pageUrl: TICKET });
  });

  it('is optional for states stored by an older version (storage.session outlives an update)', async () => {
    await send(snapshot(), fromContentScript);
    const stored = (await browser.storage.session.get(`tab-state:${TAB}`))[`tab-state:${TAB}`] as Record<string, unknown>;
    const { sources: _sources, pageUrl: _pageUrl, ...older } = stored;
    await browser.storage.session.set({ [`tab-state:${TAB}`]: older });
    const restarted = new TabStateStore(echoContext, browser.storage.session);
    expect(await restarted.get(TAB)).toMatchObject({ draft: snapshot().draft, context: snapshot().context });
  });
});

describe('the agent corrects the context', () => {
  it('offers the two items on selected text, on the pages Reply Coach reads only', async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...menus.items.values()]).toEqual(
      CONTEXT_MENU_ITEMS.map(({ id, title }) => ({ id, title, contexts: ['selection'], documentUrlPatterns: ['https://*.zendesk.com/*', 'https://support.acme.example/*'] })),
    );
  });

  it("takes the selection as the customer's message, line breaks and all, and analyzes the draft again", async () => {
    await send(snapshot(), fromContentScript);
    pageSelection = 'My refund is late.\nWhere is it?';
    menus.click({ menuItemId: 'use-as-customer-message', frameId: 0, selectionText: 'My refund is late. Where is it?', pageUrl: `${TICKET}#top` }, { id: TAB });
    await expect.poll(stateOfTab).toMatchObject({
      context: { customerMessage: 'My refund is late.\nWhere is it?', customerName: 'Support Bot' },
      sources: { customerMessage: { strategy: 'agent' }, customerName: { strategy: 'requester-label' } },
      analysis: { findings: [{ message: 'Support Bot / My refund is late.\nWhere is it?' }] },
    });
  });

  it("falls back to the browser's copy of the selection where our script does not run (a cross-origin frame)", async () => {
    await send(snapshot(), fromContentScript);
    menus.click({ menuItemId: 'use-as-customer-name', frameId: 3, selectionText: '  Maria   Lopez ', pageUrl: TICKET }, { id: TAB });
    await expect.poll(stateOfTab).toMatchObject({ context: { customerName: 'Maria Lopez' }, sources: { customerName: { strategy: 'agent' } } });
  });

  it('keeps the correction while the tab shows the same ticket, and drops it on another', async () => {
    await send(snapshot(), fromContentScript);
    await send({ type: 'correct-context', tabId: TAB, change: { customerName: 'Maria Lopez' } }, fromPanel);
    await send(snapshot(), fromContentScript);
    expect((await stateOfTab())?.context.customerName).toBe('Maria Lopez');
    await send(snapshot('https://acme.zendesk.com/agent/tickets/4523'), fromContentScript);
    expect(await stateOfTab()).toMatchObject({ context: { customerName: 'Support Bot' }, sources: { customerName: { strategy: 'requester-label' } } });
    await send(snapshot(), fromContentScript);
    expect((await stateOfTab())?.context.customerName).toBe('Support Bot');
  });

  it("answers the panel with the corrected state, and goes back to the page's name when cleared", async () => {
    await send(snapshot(), fromContentScript);
    const answer = (await send({ type: 'correct-context', tabId: TAB, change: { customerName: 'Maria Lopez' } }, fromPanel)) as TabStateMessage;
    expect(answer.state).toMatchObject({ context: { customerName: 'Maria Lopez' }, asRead: { context: { customerName: 'Support Bot' } } });
    await send({ type: 'correct-context', tabId: TAB, change: { customerName: null } }, fromPanel);
    const cleared = await stateOfTab();
    expect(cleared).toMatchObject({ context: { customerName: 'Support Bot' }, sources: { customerName: { strategy: 'requester-label' } } });
    expect(cleared?.asRead).toBeUndefined();
  });

  it('made before any draft is read there, waits for the first draft on that page', async () => {
    menus.click({ menuItemId: 'use-as-customer-name', frameId: 0, selectionText: 'Maria Lopez', pageUrl: TICKET }, { id: TAB });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await send(snapshot(), fromContentScript);
    expect((await stateOfTab())?.context.customerName).toBe('Maria Lopez');
  });

  it('is forgotten with the tab', async () => {
    await send(snapshot(), fromContentScript);
    await send({ type: 'correct-context', tabId: TAB, change: { customerName: 'Maria Lopez' } }, fromPanel);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['another extension', { ...fromPanel, id: 'other-extension' }, { customerName: 'Eve' }],
    ['a content script (a page cannot rename the customer)', fromContentScript, { customerName: 'Eve' }],
    ['an empty name', fromPanel, { customerName: '   ' }],
  ])('is not taken from %s', async (_case, sender, change) => {
    await send(snapshot(), fromContentScript);
    await send({ type: 'correct-context', tabId: TAB, change }, sender);
    expect((await stateOfTab())?.context.customerName).toBe('Support Bot');
  });
});
