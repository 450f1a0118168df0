import type { browser as extensionBrowser } from 'wxt/browser';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '../helpdesks/adapters';
import { withOverrides } from '../helpdesks/apply-overrides';
import { helpdeskAdaptersRequestSchema, type HelpdeskAdaptersMessage } from '../messaging/page-requests';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import type { RuleSet } from '../rules/schema';

/** Every adapter as the team runs it (its rule set's `helpdesks` section applied), or null when it changes none. */
export function teamAdapters(ruleSet: RuleSet): HelpdeskAdapter[] | null {
  return ruleSet.helpdesks ? withOverrides([...HELPDESK_ADAPTERS, GENERIC_ADAPTER], ruleSet.helpdesks) : null;
}

/**
 * The background's side: a page's content script asks for the team's adapters when it starts, and
 * `push` sends them again to the tabs being read when the rule set changes, so a team's selectors
 * apply without a release or a reload.
 */
export function serveTeamAdapters(browser: typeof extensionBrowser, ruleSet: () => RuleSet): { push(tabIds: readonly number[]): void } {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  const message = (): HelpdeskAdaptersMessage => ({ type: 'helpdesk-adapters', adapters: teamAdapters(ruleSet()) });
  browser.runtime.onMessage.addListener((request: unknown, sender: MessageSenderInfo) => {
    if (senderKind(sender, runtimeId, extensionOrigin) !== 'content-script' || !helpdeskAdaptersRequestSchema.safeParse(request).success) return undefined;
    return Promise.resolve(message());
  });
  return {
    push(tabIds) {
      // A tab that closed or navigated meanwhile has no one to answer: nothing to do.
      for (const tabId of tabIds) browser.tabs.sendMessage(tabId, message()).catch(() => undefined);
    },
  };
}
