import type { AnalysisInput, AnalysisResult } from '../engine/types';
import type { DraftSnapshotMessage } from '../messaging/content-messages';
import { analysisSchema, tabStateSchema, type ContextCorrectionChange, type TabState } from '../messaging/panel-messages';
import { changedCorrection, contextCorrectionSchema, withCorrection, type ContextCorrection } from './context-corrections';
import type { WritingPlace } from '../rules/profiles';
import { isFinishedDraft } from '../self-assessment/finished-draft';
import { findingKey } from '../engine/finding-key';

/** Where states survive the service worker being stopped (MV3 stops it when idle): `storage.session`. */
export interface SessionArea {
  /** One key's item, or every item with `null`. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Runs the engine for a draft; `place` says where it is written, for rule sets limited by profile. */
export type Analyzer = (input: AnalysisInput, place: WritingPlace) => AnalysisResult;

/** What else happens when a tab's state changes: statistics and the agent's self-assessment. */
export interface TabStateHooks {
  /** A new analysis of the draft the same editor was already showing. */
  onReanalyzed?(previous: TabState, next: TabState): void;
  /** The agent finished a reply: the editor was emptied in one step (sent) or went away. */
  onDraftFinished?(last: TabState): void;
}

/**
 * What the background knows about each tab: the editor being read there, its draft and context, and
 * the engine's analysis. One editor per tab: the frame that reported last wins.
 */
export class TabStateStore {
  private readonly states = new Map<number, TabState>();
  /** The agent's corrections by tab; `null`: known to have none. */
  private readonly corrections = new Map<number, ContextCorrection | null>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly session: SessionArea,
    private readonly now: () => number = Date.now,
    private readonly hooks: TabStateHooks = {},
  ) {}

  async applySnapshot(tabId: number, frameId: number, snapshot: DraftSnapshotMessage): Promise<TabState> {
    const { adapterId, draft, frame, readMs, pageUrl, inPageCoach } = snapshot;
    const before = await this.get(tabId);
    let correction = await this.correctionOf(tabId);
    // The tab shows another ticket now: what the agent said about the last one no longer holds.
    if (correction && correction.pageUrl !== pageUrl) {
      await this.saveCorrection(tabId, undefined);
      correction = undefined;
    }
    const read = { context: snapshot.context, sources: snapshot.sources };
    const { context, sources } = withCorrection(read, correction);
    const corrected = correction ? { asRead: read } : {};
    const sameEditor = before !== null && before.frameId === frameId;
    // A dismissal lasts as long as the draft: a sent reply (emptied editor) or another editor starts clean.
    const dismissed = sameEditor && draft.trim() !== '' ? before.dismissed : [];
    const state: TabState = { tabId, frameId, adapterId, draft, context, sources, ...corrected, pageUrl, frame, readMs, analysis: this.analyze({ draft, context, adapterId }), updatedAt: this.now(), dismissed, ...(inPageCoach === 'unavailable' ? { underlinesUnavailable: true as const } : {}) };
    if (before && sameEditor) {
      if (isFinishedDraft(before, state)) this.hooks.onDraftFinished?.(before);
      else if (draft.trim() !== '') this.hooks.onReanalyzed?.(before, state);
    }
    // Kept in memory at once and returned without waiting for storage: the page's underlines are
    // waiting for this analysis (keystroke → underline within 50 ms), and reads come from memory.
    void this.save(state).catch(() => undefined);
    return state;
  }

  /**
   * The agent dismissed (or, with `dismissed: false`, brought back) the finding with this key in the
   * tab's draft. Returns the new state, or null when the tab has no draft or no such finding.
   */
  async setDismissed(tabId: number, key: string, dismissed: boolean): Promise<TabState | null> {
    const state = await this.get(tabId);
    if (!state) return null;
    const has = state.dismissed.includes(key);
    if (has === dismissed) return state;
    if (dismissed && !state.analysis.findings.some((finding) => findingKey(finding, state.draft) === key)) return null;
    const next: TabState = { ...state, dismissed: dismissed ? [...state.dismissed, key] : state.dismissed.filter((entry) => entry !== key) };
    await this.save(next);
    return next;
  }

  /**
   * The agent corrects the context of the tab's ticket (`pageUrl`: the page they did it on, when the
   * tab has no state yet). Returns the tab's state analyzed again, or null when no editor is read there:
   * the correction then waits for the first draft on that page.
   */
  async correct(tabId: number, change: ContextCorrectionChange, pageUrl?: string): Promise<TabState | null> {
    const state = await this.get(tabId);
    const correction = changedCorrection(await this.correctionOf(tabId), change, state?.pageUrl ?? pageUrl);
    await this.saveCorrection(tabId, correction);
    if (!state) return null;
    const read = state.asRead ?? { context: state.context, sources: state.sources ?? { composer: { strategy: 'default' } } };
    const { context, sources } = withCorrection(read, correction);
    const { asRead: _previous, ...rest } = state;
    const next: TabState = { ...rest, context, sources, ...(correction ? { asRead: read } : {}), analysis: this.analyze({ ...state, context }), updatedAt: this.now() };
    await this.save(next);
    return next;
  }

  private async correctionOf(tabId: number): Promise<ContextCorrection | undefined> {
    const known = this.corrections.get(tabId);
    if (known !== undefined) return known ?? undefined;
    const key = correctionKey(tabId);
    const stored = contextCorrectionSchema.safeParse((await this.session.get(key))[key]);
    this.corrections.set(tabId, stored.success ? stored.data : null);
    return stored.success ? stored.data : undefined;
  }

  private async saveCorrection(tabId: number, correction: ContextCorrection | undefined): Promise<void> {
    this.corrections.set(tabId, correction ?? null);
    // Through the same chain as the states, so a closed tab's correction cannot be written back.
    await this.write(() => (correction ? this.session.set({ [correctionKey(tabId)]: correction }) : this.session.remove(correctionKey(tabId))));
  }

  /** Forgets the tab's state when it came from the frame whose editor is gone; true when it did. */
  async applyEditorLost(tabId: number, frameId: number): Promise<boolean> {
    const state = await this.get(tabId);
    if (!state || state.frameId !== frameId) return false;
    if (isFinishedDraft(state, null)) this.hooks.onDraftFinished?.(state);
    await this.drop(tabId);
    return true;
  }

  /**
   * Analyzes every open tab's draft again, e.g. after the team lead's rule set changed, so open panels
   * show the new rules' findings without the agent typing. Returns the new states.
   */
  async reanalyzeAll(): Promise<TabState[]> {
    await this.loadAllStored();
    const updated: TabState[] = [];
    for (const state of this.states.values()) {
      const next: TabState = { ...state, analysis: this.analyze(state), updatedAt: this.now() };
      await this.save(next);
      updated.push(next);
    }
    return updated;
  }

  /** Every open tab's state (after the service worker restarted too). */
  async all(): Promise<TabState[]> {
    await this.loadAllStored();
    return [...this.states.values()];
  }

  /**
   * Brings every tab's stored state into memory. After the browser stops the idle service worker, the
   * open tabs' states are only in storage.session until something asks for them; without this, a new
   * rule set would reach none of the open panels.
   */
  private async loadAllStored(): Promise<void> {
    await this.writes;
    for (const [key, value] of Object.entries(await this.session.get(null))) {
      const tabId = tabIdOf(key);
      if (tabId === undefined || this.states.has(tabId)) continue;
      // Validated like any other input, as in `get`.
      const stored = tabStateSchema.safeParse(value);
      if (stored.success) this.states.set(tabId, stored.data);
    }
  }

  /** Writes to storage.session one after another, so a write still on its way cannot bring back a dropped tab. */
  private writes: Promise<unknown> = Promise.resolve();

  private write(change: () => Promise<void>): Promise<void> {
    const next = this.writes.then(change);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async save(state: TabState): Promise<void> {
    this.states.set(state.tabId, state);
    await this.write(() => this.session.set({ [storageKey(state.tabId)]: state }));
  }

  async get(tabId: number): Promise<TabState | null> {
    const inMemory = this.states.get(tabId);
    if (inMemory) return inMemory;
    const key = storageKey(tabId);
    await this.writes;
    // Written by an earlier life of this service worker; validated like any other input.
    const stored = tabStateSchema.safeParse((await this.session.get(key))[key]);
    if (!stored.success) return null;
    this.states.set(tabId, stored.data);
    return stored.data;
  }

  async drop(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await this.write(() => this.session.remove(storageKey(tabId)));
  }

  /** Forgets everything about a closed tab, the agent's corrections too. */
  async forgetTab(tabId: number): Promise<void> {
    await this.drop(tabId);
    await this.saveCorrection(tabId, undefined);
    this.corrections.delete(tabId);
  }

  private analyze({ draft, context, adapterId }: Pick<TabState, 'draft' | 'context' | 'adapterId'>): TabState['analysis'] {
    const input: AnalysisInput = { draft };
    if (context.customerName) input.customerName = context.customerName;
    if (context.customerMessage) input.customerMessage = context.customerMessage;
    if (context.subject) input.subject = context.subject;
    try {
      // Only what the panel's schema knows is kept, checked the same way the panel checks it.
      return analysisSchema.parse(this.analyzer(input, { helpdesk: adapterId, composer: context.composer }));
    } catch (error) {
      // A rule bug must not take the draft's state down with it: the panel still shows the context.
      console.error('Reply Coach: analysis failed', error);
      return { findings: [] };
    }
  }
}

const KEY_PREFIX = 'tab-state:';

function storageKey(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

function correctionKey(tabId: number): string {
  return `context-correction:${tabId}`;
}

function tabIdOf(key: string): number | undefined {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const tabId = Number(key.slice(KEY_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : undefined;
}
