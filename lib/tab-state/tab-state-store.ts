import type { AnalysisInput, AnalysisResult } from '../engine/types';
import type { DraftSnapshotMessage } from '../messaging/content-messages';
import { analysisSchema, tabStateSchema, type TabState } from '../messaging/panel-messages';

/** Where states survive the service worker being stopped (MV3 stops it when idle): `storage.session`. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export type Analyzer = (input: AnalysisInput) => AnalysisResult;

/**
 * What the background knows about each tab: the editor being read there, its draft and context, and
 * the engine's analysis. One editor per tab: the frame that reported last wins.
 */
export class TabStateStore {
  private readonly states = new Map<number, TabState>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly session: SessionArea,
    private readonly now: () => number = Date.now,
  ) {}

  async applySnapshot(tabId: number, frameId: number, snapshot: DraftSnapshotMessage): Promise<TabState> {
    const { adapterId, draft, context, frame, readMs } = snapshot;
    const state: TabState = { tabId, frameId, adapterId, draft, context, frame, readMs, analysis: this.analyze(snapshot), updatedAt: this.now() };
    this.states.set(tabId, state);
    await this.session.set({ [storageKey(tabId)]: state });
    return state;
  }

  /** Forgets the tab's state when it came from the frame whose editor is gone; true when it did. */
  async applyEditorLost(tabId: number, frameId: number): Promise<boolean> {
    const state = await this.get(tabId);
    if (!state || state.frameId !== frameId) return false;
    await this.drop(tabId);
    return true;
  }

  async get(tabId: number): Promise<TabState | null> {
    const inMemory = this.states.get(tabId);
    if (inMemory) return inMemory;
    const key = storageKey(tabId);
    // Written by an earlier life of this service worker; validated like any other input.
    const stored = tabStateSchema.safeParse((await this.session.get(key))[key]);
    if (!stored.success) return null;
    this.states.set(tabId, stored.data);
    return stored.data;
  }

  async drop(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await this.session.remove(storageKey(tabId));
  }

  private analyze({ draft, context }: DraftSnapshotMessage): TabState['analysis'] {
    const input: AnalysisInput = { draft };
    if (context.customerName) input.customerName = context.customerName;
    if (context.customerMessage) input.customerMessage = context.customerMessage;
    if (context.subject) input.subject = context.subject;
    try {
      // Only what the panel's schema knows is kept, checked the same way the panel checks it.
      return analysisSchema.parse(this.analyzer(input));
    } catch (error) {
      // A rule bug must not take the draft's state down with it: the panel still shows the context.
      console.error('Reply Coach: analysis failed', error);
      return { findings: [] };
    }
  }
}

function storageKey(tabId: number): string {
  return `tab-state:${tabId}`;
}
