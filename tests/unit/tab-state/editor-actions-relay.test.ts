import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findingKey } from '../../../lib/engine/finding-key';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DraftSnapshotMessage } from '../../../lib/messaging/content-messages';
import type { ApplyFixRequest, HighlightRequest } from '../../../lib/messaging/editor-actions';
import type { MessageSenderInfo } from '../../../lib/messaging/sender';
import { readRuleStats, recordRuleEvents } from '../../../lib/settings/rule-stats';
import { listenForTabState } from '../../../lib/tab-state/listen';
import { listenForEditorActions } from '../../../lib/tab-state/relay-editor-actions';
import { TabStateStore } from '../../../lib/tab-state/tab-state-store';

const TAB = 7;
const EDITOR_FRAME = 3;
const DRAFT = 'Dear customer, as I already explained, no.';
const range = { draft: DRAFT, start: 0, end: 13, expected: 'Dear customer' };

const BLAME_KEY = findingKey({ ruleId: 'tone.blame', start: DRAFT.indexOf('as I'), end: DRAFT.indexOf('as I') + 22 }, DRAFT);
let published: { tabId: number; dismissed: string[] }[] = [];
let stateOf: () => Promise<{ dismissed: string[] } | null>;

const fromPanel: MessageSenderInfo = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
const fromContentScript: MessageSenderInfo = { id: browser.runtime.id, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: TAB }, frameId: 0 };

async function send(message: unknown, sender: MessageSenderInfo): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return answers.find((answer) => answer !== undefined);
}

/** The page's side: answers every forwarded action with `answer`, and remembers where each went. */
function pageAnswers(answer: unknown) {
  return vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => answer) as unknown as typeof browser.tabs.sendMessage);
}

beforeEach(async () => {
  fakeBrowser.reset();
  published = [];
  vi.restoreAllMocks();
  // A stand-in engine: "as I already explained" is the draft's one finding.
  const store = new TabStateStore(
    ({ draft }) => ({ findings: [{ ruleId: 'tone.blame', title: 'Blaming the customer', category: 'tone', severity: 'warning', message: 'Blame', explanation: 'Why', start: draft.indexOf('as I'), end: draft.indexOf('as I') + 22 }] }),
    browser.storage.session,
  );
  listenForTabState(browser, store);
  listenForEditorActions(browser, store, recordRuleEvents, (tabId, state) => published.push({ tabId, dismissed: state.dismissed }));
  stateOf = () => store.get(TAB);
  // The editor of tab 7 lives in frame 3 (an iframe, like Salesforce's e-mail composer).
  const snapshot: DraftSnapshotMessage = { type: 'draft-snapshot', adapterId: 'salesforce', draft: DRAFT, context: { composer: 'reply' }, sources: { composer: { strategy: 'default' } }, frame: { url: 'about:blank', isTopFrame: false }, pageUrl: 'https://acme.lightning.force.com/lightning/r/Case/1/view', readMs: 0 };
  await send(snapshot, { ...fromContentScript, frameId: EDITOR_FRAME });
});

describe('the background between the panel and the editor', () => {
  it('forwards a highlight to the frame that holds the editor, and returns the page’s answer', async () => {
    const sendMessage = pageAnswers({ ok: true });
    const request: HighlightRequest = { type: 'highlight', tabId: TAB, range };
    expect(await send(request, fromPanel)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(TAB, { type: 'page-highlight', range }, { frameId: EDITOR_FRAME });
  });

  it('counts an applied fix for its rule, and only when the page applied it', async () => {
    const apply: ApplyFixRequest = { type: 'apply-fix', tabId: TAB, ruleId: 'personalization.generic-greeting', range, replacement: 'Hi Maria' };
    pageAnswers({ ok: false, reason: 'draft-changed' });
    expect(await send(apply, fromPanel)).toEqual({ ok: false, reason: 'draft-changed' });
    expect(await readRuleStats()).toEqual({});

    const sendMessage = pageAnswers({ ok: true });
    expect(await send(apply, fromPanel)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(TAB, { type: 'page-apply-fix', range, replacement: 'Hi Maria' }, { frameId: EDITOR_FRAME });
    expect(await readRuleStats()).toEqual({ 'personalization.generic-greeting': { fired: 0, fixed: 1, dismissed: 0 } });
  });

  it('keeps a dismissal with the tab, tells everyone, and counts it for its rule (never the words); Undo takes it back', async () => {
    expect(await send({ type: 'finding-dismissed', tabId: TAB, key: BLAME_KEY, dismissed: true }, fromPanel)).toEqual({ ok: true });
    expect((await stateOf())?.dismissed).toEqual([BLAME_KEY]);
    expect(published).toEqual([{ tabId: TAB, dismissed: [BLAME_KEY] }]);
    expect(await readRuleStats()).toEqual({ 'tone.blame': { fired: 0, fixed: 0, dismissed: 1 } });

    expect(await send({ type: 'finding-dismissed', tabId: TAB, key: BLAME_KEY, dismissed: false }, fromPanel)).toEqual({ ok: true });
    expect((await stateOf())?.dismissed).toEqual([]);
    expect(await readRuleStats()).toEqual({ 'tone.blame': { fired: 0, fixed: 0, dismissed: 0 } });
  });

  it('refuses to dismiss a finding the draft does not have', async () => {
    expect(await send({ type: 'finding-dismissed', tabId: TAB, key: 'tone.blame\u0000other words\u0000\u0000', dismissed: true }, fromPanel)).toEqual({ ok: false, reason: 'no-editor' });
    expect((await stateOf())?.dismissed).toEqual([]);
    expect(published).toEqual([]);
  });

  it('answers calmly when there is no editor in the tab, or the page does not answer', async () => {
    const sendMessage = pageAnswers({ ok: true });
    expect(await send({ type: 'highlight', tabId: 99, range }, fromPanel)).toEqual({ ok: false, reason: 'no-editor' });
    expect(sendMessage).not.toHaveBeenCalled();

    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await send({ type: 'highlight', tabId: TAB, range }, fromPanel)).toEqual({ ok: false, reason: 'unreachable' });
    pageAnswers('not an answer');
    expect(await send({ type: 'highlight', tabId: TAB, range }, fromPanel)).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('takes these requests only from the extension’s own pages', async () => {
    const sendMessage = pageAnswers({ ok: true });
    const apply: ApplyFixRequest = { type: 'apply-fix', tabId: TAB, ruleId: 'tone.blame', range, replacement: 'x' };
    expect(await send(apply, fromContentScript)).toBeUndefined();
    expect(await send(apply, { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' })).toBeUndefined();
    expect(await send({ type: 'finding-dismissed', tabId: TAB, key: BLAME_KEY, dismissed: true }, fromContentScript)).toBeUndefined();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await readRuleStats()).toEqual({});
  });
});
