// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckThisPage } from '../../../components/options/CheckThisPage';
import type { TabState } from '../../../lib/messaging/panel-messages';
import type { TabStatesApi } from '../../../lib/tab-state/read-tab-states';

const WAIT = { timeout: 4000 };
let root: HTMLElement;

afterEach(() => {
  render(null, root);
  document.body.innerHTML = '';
});

function stateOf(tabId: number, updatedAt: number, extra: Partial<TabState>): TabState {
  return {
    tabId,
    frameId: 0,
    adapterId: 'generic',
    draft: 'Hi',
    context: { composer: 'reply' },
    frame: { url: 'https://rt.example.test/Ticket/Update.html?id=12', isTopFrame: false },
    analysis: { findings: [] },
    readMs: 1,
    updatedAt,
    dismissed: [],
    ...extra,
  };
}

const RT: TabState = stateOf(3, 20, {
  pageUrl: 'https://rt.example.test/Ticket/Update.html?id=12',
  context: { customerMessage: 'Where is my refund?', subject: 'Refund still missing', composer: 'note' },
  sources: { customerMessage: { strategy: 'quoted-in-draft' }, subject: { strategy: 'subject-field' }, composer: { strategy: 'composer-controls' } },
});
const ZENDESK: TabState = stateOf(8, 10, {
  adapterId: 'zendesk',
  pageUrl: 'https://acme.zendesk.com/agent/tickets/4522',
  context: { customerName: 'Maria Lopez', subject: 'Refund for order #88412', composer: 'reply' },
  sources: { customerName: { strategy: 'adapter', selector: '.requester-card .name' }, subject: { strategy: 'adapter', selector: 'input[data-test-id="omni-header-subject"]' }, composer: { strategy: 'default' } },
});

/** The background holding `states`, asked tab by tab like the options page does. */
function backgroundWith(states: TabState[]): TabStatesApi {
  return {
    tabIds: async () => [1, ...states.map((state) => state.tabId)],
    sendMessage: async ({ tabId }) => ({ type: 'tab-state', tabId, state: states.find((state) => state.tabId === tabId) ?? null }),
  };
}

async function open(api: TabStatesApi) {
  root = document.createElement('div');
  document.body.append(root);
  render(<CheckThisPage api={api} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="page-reading"], [data-testid="check-page-empty"]')).not.toBeNull(), WAIT);
}

const rows = () =>
  [...root.querySelectorAll('[data-field]')].map((row) => [row.getAttribute('data-field'), row.getAttribute('data-strategy'), row.querySelector('td')!.textContent, row.querySelectorAll('td')[1]!.textContent]);

describe('Settings › Check this page', () => {
  it('shows, for the page read most recently, what each field read and which strategy found it', async () => {
    await open(backgroundWith([ZENDESK, RT]));
    expect(root.querySelector('[data-testid="page-reading"]')?.getAttribute('data-adapter')).toBe('generic');
    expect(rows()).toEqual([
      ['customerName', 'none', 'not found', "tried the helpdesk's selector, the reply's recipient (To), a requester / contact label, the author of the customer's latest message"],
      ['customerMessage', 'quoted-in-draft', 'Where is my refund?', 'the message quoted in the draft'],
      ['subject', 'subject-field', 'Refund still missing', 'a subject field'],
      ['composer', 'composer-controls', 'Internal note', 'controls near the composer'],
    ]);
  });

  it("names the adapter and the team's selector that found a field, for another page picked", async () => {
    await open(backgroundWith([ZENDESK, RT]));
    const select = root.querySelector<HTMLSelectElement>('select[name="check-page-tab"]')!;
    select.value = '8';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="page-reading"]')?.getAttribute('data-adapter')).toBe('zendesk'), WAIT);
    expect(root.textContent).toContain('Read as Zendesk.');
    expect(rows()[0]).toEqual(['customerName', 'adapter', 'Maria Lopez', "the helpdesk's selector .requester-card .name"]);
  });

  it('says what to do when no reply box is being read', async () => {
    await open(backgroundWith([]));
    expect(root.querySelector('[data-testid="check-page-empty"]')?.textContent).toContain('Click into one');
  });
});
