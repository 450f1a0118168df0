import type { browser as extensionBrowser } from 'wxt/browser';
import {
  editorActionResultSchema,
  panelEditorRequestSchema,
  type EditorActionResult,
  type PageEditorAction,
} from '../messaging/editor-actions';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import type { RuleEvent } from '../settings/rule-stats';
import type { TabState } from '../messaging/panel-messages';
import { findingKey } from '../engine/finding-key';
import type { TabStateStore } from './tab-state-store';

export type RecordRuleEvents = (events: readonly { ruleId: string; event: RuleEvent; count?: number }[]) => Promise<void>;

/**
 * The background's part in the panel's actions on the editor: it knows which frame of the tab holds
 * the editor (the tab state's frameId), forwards highlight and fix requests there and returns the
 * page's answer; it counts applied fixes and dismissals per rule (counts only, lib/settings/rule-stats).
 * Only this extension's pages are heard.
 */
export function listenForEditorActions(
  browser: typeof extensionBrowser,
  store: TabStateStore,
  recordRuleEvents: RecordRuleEvents,
  publish: (tabId: number, state: TabState) => void = () => undefined,
): void {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  const forward = async (tabId: number, action: PageEditorAction): Promise<EditorActionResult> => {
    const state = await store.get(tabId);
    if (!state) return { ok: false, reason: 'no-editor' };
    try {
      const answer: unknown = await browser.tabs.sendMessage(tabId, action, { frameId: state.frameId });
      const parsed = editorActionResultSchema.safeParse(answer);
      return parsed.success ? parsed.data : { ok: false, reason: 'unreachable' };
    } catch {
      // The page is reloading, or our script is not running in that frame any more.
      return { ok: false, reason: 'unreachable' };
    }
  };

  // Kept with the tab's state so the page's underlines, the panel and the toolbar count agree; an Undo
  // takes the dismissal back out of the statistics too.
  const dismiss = async (tabId: number, key: string, dismissed: boolean): Promise<EditorActionResult> => {
    const before = await store.get(tabId);
    const state = await store.setDismissed(tabId, key, dismissed);
    if (!state || !before) return { ok: false, reason: 'no-editor' };
    const ruleId = state.analysis.findings.find((finding) => findingKey(finding, state.draft) === key)?.ruleId;
    const changed = before.dismissed.includes(key) !== dismissed;
    if (changed) publish(tabId, state);
    if (changed && ruleId) await recordRuleEvents([{ ruleId, event: 'dismissed', count: dismissed ? 1 : -1 }]).catch(() => undefined);
    return { ok: true };
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderInfo) => {
    if (senderKind(sender, runtimeId, extensionOrigin) !== 'extension-page') return undefined;
    const parsed = panelEditorRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'highlight':
        return forward(request.tabId, { type: 'page-highlight', range: request.range });
      case 'apply-fix':
        return forward(request.tabId, { type: 'page-apply-fix', range: request.range, replacement: request.replacement }).then(async (result) => {
          if (result.ok) await recordRuleEvents([{ ruleId: request.ruleId, event: 'fixed' }]).catch(() => undefined);
          return result;
        });
      case 'finding-dismissed':
        return dismiss(request.tabId, request.key, request.dismissed);
    }
  });
}
