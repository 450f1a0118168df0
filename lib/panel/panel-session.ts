import type { browser as extensionBrowser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import { helpdeskForHost } from '../helpdesks/hosts';
import { editorActionResultSchema, type ApplyFixRequest, type DraftRange, type FindingDismissed, type HighlightRequest } from '../messaging/editor-actions';
import { DEFAULT_UNDERLINES, type UnderlineSettings, underlinesOn, withSite } from '../settings/underlines';
import { tabStateMessageSchema, type CorrectContextMessage, type TabState } from '../messaging/panel-messages';
import { sitePatternFor } from '../site-access/site-pattern';
import { findingKey } from '../engine/finding-key';
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

/** The in-page underlines switches (lib/settings/underline-settings.ts in the extension). */
export interface UnderlineSettingsStore {
  get(): Promise<UnderlineSettings>;
  watch(callback: (settings: UnderlineSettings) => void): () => void;
  save(settings: UnderlineSettings): Promise<void>;
}

export interface PanelSessionOptions {
  browser: PanelBrowser;
  mutedRules: MutedRulesStore;
  underlines?: UnderlineSettingsStore;
  /** `?tabId=` of the panel page; otherwise the active tab is followed. */
  pinnedTabId?: number;
  requestSiteAccess(permissions: PanelBrowser['permissions'], url: string | undefined): Promise<boolean>;
  /** How long a "done" notice stays, and how long Dismiss can be undone (tests shorten them). */
  noticeMs?: number;
  undoMs?: number;
}

/** A finding the agent just dismissed, which one click brings back. */
export interface UndoableDismissal {
  finding: Finding;
  key: string;
  words: string;
}

/** Everything the panel view needs, recomputed on every change. */
export interface PanelView {
  state: PanelState | null;
  notice: Notice | null;
  undo: UndoableDismissal | null;
  /** No editor is read in the tab, and its site is one the agent could switch Reply Coach on for. */
  canEnableSite: boolean;
  /** Underlines in the tab's page: on or off for its site (absent when the panel cannot see the site). */
  /** `unavailable`: the editor's frame could not load the underlines (the panel still coaches). */
  underlines?: { site: string; on: boolean; everywhere: boolean; unavailable: boolean };
}

const NOTICE_MS = 8_000;
const UNDO_MS = 6_000;

/**
 * The live side panel, without its view: which tab it shows, that tab's state from the background,
 * minus muted rules and dismissed findings, and the agent's actions (highlight, fix, dismiss and its
 * undo, mute, enable a site, underlines here) sent on. A notice belongs to the last action: the next
 * action replaces it. `subscribe` gets a new PanelView after every change.
 */
export class PanelSession {
  private readonly controller = new AbortController();
  private readonly subscribers = new Set<(view: PanelView) => void>();
  private muted = new Set<string>();
  private underlineSettings: UnderlineSettings = DEFAULT_UNDERLINES;
  private tab: ShownTab | null = null;
  private tabState: TabState | null = null;
  private notice: Notice | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private undo: UndoableDismissal | null = null;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatchingTab: (() => void) | undefined;
  /** A fix is being applied: a second click must not apply it again on top. */
  private applying = false;
  private current: PanelView = { state: null, notice: null, undo: null, canEnableSite: false };

  constructor(private readonly options: PanelSessionOptions) {}

  start(): void {
    const { browser, mutedRules, underlines, pinnedTabId } = this.options;
    const { signal } = this.controller;
    void mutedRules.get().then((muted) => this.setMuted(muted));
    const stops = [mutedRules.watch((muted) => this.setMuted(muted))];
    if (underlines) {
      void underlines.get().then((settings) => this.setUnderlineSettings(settings));
      stops.push(underlines.watch((settings) => this.setUnderlineSettings(settings)));
    }
    signal.addEventListener('abort', () => stops.forEach((stop) => stop()), { once: true });
    followTab(browser, pinnedTabId, (tab) => this.show(tab), signal);
  }

  stop(): void {
    // Leave no highlight behind in the page.
    this.highlight(undefined);
    this.controller.abort();
    this.stopWatchingTab?.();
    clearTimeout(this.noticeTimer);
    clearTimeout(this.undoTimer);
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
    this.startAction();
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
    const notice = !result.success ? fixFailed('unreachable') : result.data.ok ? FIX_APPLIED : fixFailed(result.data.reason);
    this.setNotice({ ...notice, about: aboutOf(finding, target.draft) });
  }

  /** Hides the finding for the rest of this draft, everywhere (panel, underline, count); Undo for a few seconds. */
  dismiss(finding: Finding): void {
    const target = this.target();
    if (!target) return;
    this.startAction();
    const key = findingKey(finding, target.draft);
    this.sendDismissed(target.tabId, key, true);
    // Its line goes away under the pointer, so no mouseleave will clear its highlight.
    this.highlight(undefined);
    this.undo = { finding, key, words: target.draft.slice(finding.start, finding.end) };
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => {
      this.undo = null;
      this.publish();
    }, this.options.undoMs ?? UNDO_MS);
    // Shown at once; the background's new state confirms it.
    if (this.tabState) this.tabState = { ...this.tabState, dismissed: [...this.tabState.dismissed, key] };
    this.publish();
  }

  /** Brings back the finding dismissed last. */
  undoDismiss(): void {
    const target = this.target();
    const undo = this.undo;
    if (!target || !undo) return;
    this.startAction();
    this.sendDismissed(target.tabId, undo.key, false);
    if (this.tabState) this.tabState = { ...this.tabState, dismissed: this.tabState.dismissed.filter((key) => key !== undo.key) };
    this.publish();
  }

  /** "Don't show this again", after the agent confirmed it in the view. */
  muteRule(ruleId: string): void {
    this.startAction();
    this.highlight(undefined);
    // Shown at once; storage confirms through the watcher (and the options page can undo it).
    this.setMuted([...this.muted, ruleId]);
    void this.options.mutedRules.mute(ruleId);
  }

  /** Underlines on or off in the pages of the shown tab's site. */
  setUnderlinesHere(on: boolean): void {
    const site = this.site();
    const store = this.options.underlines;
    if (!site || !store) return;
    this.setUnderlineSettings(withSite(this.underlineSettings, site, on));
    void store.save(this.underlineSettings);
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
    this.startAction();
    const asked = this.options.requestSiteAccess(this.options.browser.permissions, url);
    this.setNotice(SITE_ASKING);
    void asked.then(
      (granted) => this.setNotice(granted ? SITE_ENABLED : SITE_NOT_ENABLED),
      () => this.setNotice(SITE_NOT_ENABLED),
    );
  }

  /** A new action: what the last one said no longer applies. */
  private startAction(): void {
    clearTimeout(this.undoTimer);
    this.undo = null;
    this.setNotice(null);
  }

  private sendDismissed(tabId: number, key: string, dismissed: boolean): void {
    const request: FindingDismissed = { type: 'finding-dismissed', tabId, key, dismissed };
    this.options.browser.runtime.sendMessage(request).catch(() => undefined);
  }

  private show(tab: ShownTab | null): void {
    const sameTab = tab?.id === this.tab?.id;
    this.tab = tab;
    if (sameTab) return this.publish();
    this.highlight(undefined);
    this.stopWatchingTab?.();
    this.stopWatchingTab = undefined;
    this.tabState = null;
    this.startAction();
    if (tab) this.stopWatchingTab = watchTabState(this.options.browser.runtime, tab.id, (state) => this.setTabState(tab.id, state));
    this.publish();
  }

  private setTabState(tabId: number, state: TabState | null): void {
    if (tabId !== this.tab?.id) return;
    this.tabState = state;
    this.publish();
  }

  private setMuted(muted: string[]): void {
    this.muted = new Set(muted);
    this.publish();
  }

  private setUnderlineSettings(settings: UnderlineSettings): void {
    this.underlineSettings = settings;
    this.publish();
  }

  private setNotice(notice: Notice | null): void {
    clearTimeout(this.noticeTimer);
    this.notice = notice;
    // A success fades; a problem stays until the agent's next action.
    if (notice?.tone === 'done') this.noticeTimer = setTimeout(() => this.setNotice(null), this.options.noticeMs ?? NOTICE_MS);
    this.publish();
  }

  /** The tab and the draft the findings on screen were made on. */
  private target(): { tabId: number; draft: string } | undefined {
    if (!this.tab || !this.tabState || this.tabState.tabId !== this.tab.id) return undefined;
    return { tabId: this.tab.id, draft: this.tabState.draft };
  }

  /** The shown tab's host, when the panel can see it. */
  private site(): string | undefined {
    const url = this.tab?.url;
    if (!url || sitePatternFor(url) === undefined) return undefined;
    return new URL(url).hostname;
  }

  private publish(): void {
    const state = this.tabState;
    const site = this.site();
    this.current = {
      state: state ? toPanelState(state, this.muted) : null,
      notice: this.notice,
      undo: this.undo,
      canEnableSite: !state && canBeEnabled(this.tab?.url),
      ...(site && this.options.underlines ? { underlines: { site, on: underlinesOn(this.underlineSettings, site), everywhere: this.underlineSettings.enabled, unavailable: state?.underlinesUnavailable === true } } : {}),
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

function aboutOf(finding: Finding, draft: string): NonNullable<Notice['about']> {
  return { key: findingKey(finding, draft), followUp: finding.category === 'follow-up' };
}
