import type { AnalysisResult } from '../engine/types';
import type { AdapterId } from '../messaging/adapter-ids';
import type { DraftContext } from '../messaging/content-messages';
import type { ContextSources } from '../messaging/context-sources';

/** What the panel shows for one tab: the editor being read there, or `null` when there is none. */
export interface PanelState {
  adapterId: AdapterId;
  draft: string;
  context: DraftContext;
  /** Where each field of `context` came from (an older background may not say). */
  sources?: ContextSources | undefined;
  analysis: AnalysisResult;
}
