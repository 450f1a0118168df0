import type { browser as extensionBrowser } from 'wxt/browser';
import type { ContextCorrectionChange, TabState } from '../messaging/panel-messages';
import { selectionTextSchema, type ReadSelectionRequest } from '../messaging/page-requests';
import type { TabStateStore } from './tab-state-store';

type ExtensionBrowser = typeof extensionBrowser;
/** The APIs the context menu uses (tests pass in-memory stand-ins). */
export type ContextMenuApi = Pick<ExtensionBrowser, 'contextMenus' | 'tabs'>;

/** The agent's corrections offered on selected text, by menu item id. */
export const CONTEXT_MENU_ITEMS = [
  { id: 'use-as-customer-message', title: "Use as the customer's message", field: 'customerMessage' },
  { id: 'use-as-customer-name', title: "Use as the customer's name", field: 'customerName' },
] as const;

/** The longest text each field takes from a selection. */
const MAX_LENGTH = { customerMessage: 20_000, customerName: 200 } as const;

/**
 * Right-click on selected text in a page Reply Coach reads → "Use as the customer's message" (or
 * name): the selection replaces what the page gave for that field, for that tab's ticket, until the
 * tab shows another page. `documentUrlPatterns` limits the items to the pages Reply Coach runs on.
 */
export function installContextMenu(api: ContextMenuApi, store: TabStateStore, documentUrlPatterns: () => Promise<string[]>, onChange: (tabId: number, state: TabState | null) => void): void {
  // Created afresh at every start: Firefox forgets them, Chrome would refuse a duplicate id.
  void Promise.all([api.contextMenus.removeAll(), documentUrlPatterns()]).then(([, patterns]) => {
    for (const { id, title } of CONTEXT_MENU_ITEMS) api.contextMenus.create({ id, title, contexts: ['selection'], documentUrlPatterns: patterns });
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    const item = CONTEXT_MENU_ITEMS.find((candidate) => candidate.id === info.menuItemId);
    const tabId = tab?.id;
    if (!item || tabId === undefined || tabId < 0) return;
    void selectedText(api, tabId, info).then(async (text) => {
      const value = item.field === 'customerName' ? text.replace(/\s+/g, ' ').trim() : text.trim();
      if (!value) return;
      const change: ContextCorrectionChange = { [item.field]: value.slice(0, MAX_LENGTH[item.field]) };
      onChange(tabId, await store.correct(tabId, change, (info.pageUrl ?? tab?.url)?.replace(/#.*$/, '')));
    });
  });
}

/** Limits the menu items to these pages (the helpdesks and the sites the agent enabled, as they change). */
export function limitContextMenu(api: ContextMenuApi, documentUrlPatterns: string[]): void {
  for (const { id } of CONTEXT_MENU_ITEMS) void Promise.resolve(api.contextMenus.update(id, { documentUrlPatterns })).catch(() => undefined);
}

/** The selection as the page has it (line breaks kept), asked of our script in that frame; else the browser's copy. */
async function selectedText(api: ContextMenuApi, tabId: number, info: { frameId?: number; selectionText?: string }): Promise<string> {
  const ask: ReadSelectionRequest = { type: 'read-selection' };
  try {
    const answer: unknown = await api.tabs.sendMessage(tabId, ask, { frameId: info.frameId ?? 0 });
    const parsed = selectionTextSchema.safeParse(answer);
    if (parsed.success && parsed.data.text.trim()) return parsed.data.text;
  } catch {
    // Our script does not run in that frame (a cross-origin iframe): the browser's copy will do.
  }
  return info.selectionText ?? '';
}
