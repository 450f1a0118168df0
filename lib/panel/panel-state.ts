import type { AnalysisResult } from '../engine/types';
import type { AdapterId } from '../messaging/adapter-ids';
import type { DraftContext } from '../messaging/content-messages';

/** What the panel shows for one tab: the editor being read there, or `null` when there is none. */
export interface PanelState {
  adapterId: AdapterId;
  draft: string;
  context: DraftContext;
  analysis: AnalysisResult;
}
