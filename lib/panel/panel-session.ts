import type { browser as extensionBrowser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import { helpdeskForHost } from '../helpdesks/hosts';
import { editorActionResultSchema, type ApplyFixRequest, type DraftRange, type FindingDismissed, type HighlightRequest } from '../messaging/editor-actions';
import { tabStateMessageSchema, type CorrectContextMessage, type TabState } from '../messaging/panel-messages';
import { sitePatternFor } from '../site-access/site-pattern';
import { DismissedFindings } from './dismissed-findings';
import { followTab, type ShownTab } from './follow-tab';
import { FIX_APPLIED, fixFailed, SITE_ASKING, SITE_ENABLED, SITE_NOT_ENABLED, type Notice } from './notices';
import type { PanelState } from './panel-state';
import { toPanelState } from './to-panel-state';
import { watchTabState } from './watch-tab-state';

type ExtensionBrowser = typeof extensionBrowser;
export type PanelBrowser = Pick<ExtensionBrowser, 'runtime' | 'tabs' | 'windows' | 'permissions'>;

/** The agent's "don't show this rule again" list (lib/settings/muted-rules.ts in the extension). */
export interface MutedRulesStore {
  get(): Promise<string[]>;
  watch(callback: (muted: string[]) => void): () => void;
  mute(ruleId: string): Promise<void>;
}

export interface PanelSessionOptions {
  browser: PanelBrowser;
  mutedRules: MutedRulesStore;
  /** `?tabId=` of the panel page; otherwise the active tab is followed. */
  pinnedTabId?: number;
  requestSiteAccess(permissions: PanelBrowser['permissions'], url: string | undefined): Promise<boolean>;
  /** How long a notice stays (tests shorten it). */
  noticeMs?: number;
}

/** Everything the panel view needs, recomputed on every change. */
export interface PanelView {
  state: PanelState | null;
  notice: Notice | null;
  /** No editor is read in the tab, and its site is one the agent could switch Reply Coach on for. */
  canEnableSite: boolean;
}

const NOTICE_MS = 8_000;

/**
 * The live side panel, without its view: which tab it shows, that tab's state from the background,
 * minus muted rules and dismissed findings, and the agent's actions (highlight, fix, dismiss, mute,
 * enable a site) sent on to the background. `subscribe` gets a new PanelView after every change.
 */
export class PanelSession {
  private readonly controller = new AbortController();
  private readonly subscribers = new Set<(view: PanelView) => void>();
  private readonly dismissed = new DismissedFindings();
  private muted = new Set<string>();
  private tab: ShownTab | null = null;
  private tabState: TabState | null = null;
  private notice: Notice | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatchingTab: (() => void) | undefined;
  /** A fix is being applied: a second click must not apply it again on top. */
  private applying = false;
  private current: PanelView = { state: null, notice: null, canEnableSite: false };

  constructor(private readonly options: PanelSessionOptions) {}

  start(): void {
    const { browser, mutedRules, pinnedTabId } = this.options;
    const { signal } = this.controller;
    void mutedRules.get().then((muted) => this.setMuted(muted));
    const stopMuted = mutedRules.watch((muted) => this.setMuted(muted));
    signal.addEventListener('abort', stopMuted, { once: true });
    followTab(browser, pinnedTabId, (tab) => this.show(tab), signal);
  }

  stop(): void {
    // Leave no highlight behind in the page.
    this.highlight(undefined);
    this.controller.abort();
    this.stopWatchingTab?.();
    clearTimeout(this.noticeTimer);
  }

  subscribe(callback: (view: PanelView) => void): () => void {
    this.subscribers.add(callback);
    callback(this.current);
    return () => this.subscribers.delete(callback);
  }

  view(): PanelView {
    return this.current;
  }

  /** Highlights the finding's words in the editor; `undefined` clears it. */
  highlight(finding: Finding | undefined): void {
    const target = this.target();
    if (!target) return;
    const request: HighlightRequest = { type: 'highlight', tabId: target.tabId, range: finding ? rangeOf(finding, target.draft) : null };
    // A highlight that cannot be shown (the words just changed) is not worth a word to the agent.
    this.options.browser.runtime.sendMessage(request).catch(() => undefined);
  }

  async apply(finding: Finding): Promise<void> {
    const target = this.target();
    if (!target || !finding.suggestion || this.applying) return;
    const request: ApplyFixRequest = {
      type: 'apply-fix',
      tabId: target.tabId,
      ruleId: finding.ruleId,
      range: rangeOf(finding, target.draft),
      replacement: finding.suggestion.replacement,
    };
    this.applying = true;
    const answer: unknown = await this.options.browser.runtime
      .sendMessage(request)
      .catch(() => undefined)
      .finally(() => (this.applying = false));
    const result = editorActionResultSchema.safeParse(answer);
    if (target.tabId !== this.tab?.id) return;
    this.setNotice(!result.success ? fixFailed('unreachable') : result.data.ok ? FIX_APPLIED : fixFailed(result.data.reason));
  }

  dismiss(finding: Finding): void {
    const target = this.target();
    if (!target) return;
    this.dismissed.dismiss(target.tabId, finding, target.draft);
    // Its card goes away under the pointer, so no mouseleave will clear its highlight.
    this.highlight(undefined);
    const counted: FindingDismissed = { type: 'finding-dismissed', ruleId: finding.ruleId };
    this.options.browser.runtime.sendMessage(counted).catch(() => undefined);
    this.publish();
  }

  muteRule(ruleId: string): void {
    this.highlight(undefined);
    // Shown at once; storage confirms through the watcher (and the options page can undo it).
    this.setMuted([...this.muted, ruleId]);
    void this.options.mutedRules.mute(ruleId);
  }

  /**
   * The agent corrects the customer's name (`null`: back to the page's): the background keeps it for
   * this tab's ticket and checks the draft with it; its answer is shown at once.
   */
  async correctCustomerName(name: string | null): Promise<void> {
    const tabId = this.tab?.id;
    if (tabId === undefined) return;
    const request: CorrectContextMessage = { type: 'correct-context', tabId, change: { customerName: name } };
    const answer: unknown = await this.options.browser.runtime.sendMessage(request).catch(() => undefined);
    const parsed = tabStateMessageSchema.safeParse(answer);
    if (parsed.success && parsed.data.tabId === tabId) this.setTabState(tabId, parsed.data.state);
  }

  /** Must run in the click's own task: browsers only ask for a permission during a user action. */
  enableSite(): void {
    const url = this.tab?.url;
    const asked = this.options.requestSiteAccess(this.options.browser.permissions, url);
    this.setNotice(SITE_ASKING);
    void asked.then(
      (granted) => this.setNotice(granted ? SITE_ENABLED : SITE_NOT_ENABLED),
      () => this.setNotice(SITE_NOT_ENABLED),
    );
  }

  private show(tab: ShownTab | null): void {
    const sameTab = tab?.id === this.tab?.id;
    this.tab = tab;
    if (sameTab) return this.publish();
    this.highlight(undefined);
    this.stopWatchingTab?.();
    this.stopWatchingTab = undefined;
    this.tabState = null;
    this.setNotice(null);
    if (tab) this.stopWatchingTab = watchTabState(this.options.browser.runtime, tab.id, (state) => this.setTabState(tab.id, state));
    this.publish();
  }

  private setTabState(tabId: number, state: TabState | null): void {
    if (tabId !== this.tab?.id) return;
    // A sent reply (emptied editor) or a closed editor ends the draft: its dismissals go with it.
    if (!state || state.draft.trim() === '') this.dismissed.forgetTab(tabId);
    this.tabState = state;
    this.publish();
  }

  private setMuted(muted: string[]): void {
    this.muted = new Set(muted);
    this.publish();
  }

  private setNotice(notice: Notice | null): void {
    clearTimeout(this.noticeTimer);
    this.notice = notice;
    if (notice) this.noticeTimer = setTimeout(() => this.setNotice(null), this.options.noticeMs ?? NOTICE_MS);
    this.publish();
  }

  /** The tab and the draft the findings on screen were made on. */
  private target(): { tabId: number; draft: string } | undefined {
    if (!this.tab || !this.tabState || this.tabState.tabId !== this.tab.id) return undefined;
    return { tabId: this.tab.id, draft: this.tabState.draft };
  }

  private publish(): void {
    const tabId = this.tab?.id;
    const state = this.tabState;
    const hidden = (finding: Finding): boolean =>
      this.muted.has(finding.ruleId) || (tabId !== undefined && state !== null && this.dismissed.isDismissed(tabId, finding, state.draft));
    this.current = {
      state: state ? toPanelState(state, hidden) : null,
      notice: this.notice,
      canEnableSite: !state && canBeEnabled(this.tab?.url),
    };
    if (this.controller.signal.aborted) return;
    for (const subscriber of this.subscribers) subscriber(this.current);
  }
}

/** A web page that is not a helpdesk (where the content script already runs: the agent only has to click into the reply box). */
function canBeEnabled(url: string | undefined): boolean {
  if (url === undefined || sitePatternFor(url) === undefined) return false;
  return helpdeskForHost(new URL(url).hostname) === undefined;
}

function rangeOf(finding: Finding, draft: string): DraftRange {
  return { draft, start: finding.start, end: finding.end, expected: draft.slice(finding.start, finding.end) };
}
