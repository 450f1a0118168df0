import type { PanelState } from './panel-state';
import type { Finding } from '../engine/types';
import type { TabState } from '../messaging/panel-messages';

/**
 * What the panel shows for a tab's state: everything the background analyzed, minus the rules the
 * agent muted and the findings they dismissed for this draft.
 */
export function toPanelState(state: TabState, isHidden: (finding: Finding) => boolean): PanelState {
  const { adapterId, draft, context, sources, analysis } = state;
  return { adapterId, draft, context, sources, analysis: { ...analysis, findings: analysis.findings.filter((finding) => !isHidden(finding)) } };
}
