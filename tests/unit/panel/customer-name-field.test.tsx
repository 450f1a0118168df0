// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LivePanel } from '../../../components/LivePanel';
import { analyze } from '../../../lib/engine';
import type { CorrectContextMessage, TabState } from '../../../lib/messaging/panel-messages';
import { PanelSession } from '../../../lib/panel/panel-session';
import { getMutedRules, muteRule, watchMutedRules } from '../../../lib/settings/muted-rules';

const TAB = 5;
const DRAFT = 'Dear customer, the refund was processed.';

/** The background's state of the tab, with the customer's name as the page read it or as the agent set it. */
function stateWith(customerName: string | undefined, setByAgent = false): TabState {
  const context = { ...(customerName ? { customerName } : {}), composer: 'reply' as const };
  const analysis = JSON.parse(JSON.stringify(analyze({ draft: DRAFT, ...(customerName ? { customerName } : {}) })));
  const sources = { ...(customerName ? { customerName: { strategy: setByAgent ? ('agent' as const) : ('requester-label' as const) } } : {}), composer: { strategy: 'default' as const } };
  return { tabId: TAB, frameId: 0, adapterId: 'generic', draft: DRAFT, context, sources, frame: { url: 'https://support.acme.example/t/1', isTopFrame: true }, analysis, readMs: 1, updatedAt: 1, dismissed: [] };
}

let backgroundState: TabState;
let corrections: CorrectContextMessage[];
let root: HTMLElement;
let session: PanelSession;

async function settle(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  corrections = [];
  vi.spyOn(browser.tabs, 'get').mockImplementation((async (tabId: number) => ({ id: tabId, url: 'https://support.acme.example/t/1' })) as unknown as typeof browser.tabs.get);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number }) => {
    if (message.type === 'correct-context') {
      const { change } = message as unknown as CorrectContextMessage;
      corrections.push(message as unknown as CorrectContextMessage);
      backgroundState = change.customerName ? stateWith(change.customerName, true) : stateWith('Support Bot');
    }
    return { type: 'tab-state', tabId: message.tabId, state: backgroundState };
  }) as unknown as typeof browser.runtime.sendMessage);
});

afterEach(() => {
  session.stop();
  render(null, root);
  vi.restoreAllMocks();
});

async function openPanelOn(state: TabState): Promise<void> {
  backgroundState = state;
  session = new PanelSession({ browser, mutedRules: { get: getMutedRules, watch: watchMutedRules, mute: muteRule }, requestSiteAccess: async () => false, pinnedTabId: TAB });
  session.start();
  root = document.createElement('div');
  document.body.append(root);
  render(<LivePanel session={session} />, root);
  await settle();
}

async function typeName(name: string): Promise<void> {
  await act(async () => root.querySelector<HTMLButtonElement>('[data-action="edit-customer-name"]')!.click());
  const input = root.querySelector<HTMLInputElement>('input[name="customer-name"]')!;
  input.value = name;
  await act(async () => root.querySelector<HTMLButtonElement>('[data-action="save-customer-name"]')!.click());
  await settle();
}

const shownName = () => root.querySelector('[data-context="customer-name"]');

describe("the customer's name in the panel header", () => {
  it('can be typed when the page showed none, and the draft is checked with it', async () => {
    await openPanelOn(stateWith(undefined));
    expect(root.textContent).toContain('Customer name not found');
    await typeName('  Maria Lopez ');
    expect(corrections).toEqual([{ type: 'correct-context', tabId: TAB, change: { customerName: 'Maria Lopez' } }]);
    expect(shownName()?.textContent).toBe('Maria Lopez');
    expect(shownName()?.getAttribute('data-set-by')).toBe('agent');
    expect(root.textContent).toContain('(set by you)');
  });

  it("can be changed when the page read the wrong person, and set back to the page's", async () => {
    await openPanelOn(stateWith('Support Bot'));
    await typeName('Maria Lopez');
    expect(shownName()?.textContent).toBe('Maria Lopez');
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="reset-customer-name"]')!.click());
    await settle();
    expect(corrections.at(-1)).toEqual({ type: 'correct-context', tabId: TAB, change: { customerName: null } });
    expect(shownName()?.textContent).toBe('Support Bot');
    expect(root.querySelector('[data-action="reset-customer-name"]')).toBeNull();
  });

  it('sends nothing for an empty name', async () => {
    await openPanelOn(stateWith('Support Bot'));
    await typeName('   ');
    expect(corrections).toEqual([]);
    expect(shownName()?.textContent).toBe('Support Bot');
  });
});
