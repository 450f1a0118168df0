import type { TabState } from '../messaging/panel-messages';
import { openFindings } from '../tab-state/open-findings';
import type { PanelState } from './panel-state';

/**
 * What the panel shows for a tab's state: everything the background analyzed, minus the rules the
 * agent muted and the findings they dismissed for this draft (kept with the tab's state, so the
 * page's underlines and the toolbar count agree).
 */
export function toPanelState(state: TabState, muted: ReadonlySet<string>): PanelState {
  const { adapterId, draft, context, sources, analysis, dismissed } = state;
  const open = openFindings(analysis.findings, draft, dismissed, muted);
  return { adapterId, draft, context, sources, analysis: { ...analysis, findings: open }, hidden: analysis.findings.filter((finding) => !open.includes(finding)) };
}
