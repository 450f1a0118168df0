import type { AnalysisResult, Finding } from '../engine/types';
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
  /** The analysis with only the open findings (not muted, not dismissed). */
  analysis: AnalysisResult;
  /** Findings the agent dismissed for this draft or whose rule they muted. */
  hidden: Finding[];
}
