import { type ChecklistItem, beforeYouSend } from './before-you-send';
import { type CategoryCheck, categoryChecks, type ContextGap, missingContext } from './category-checks';
import type { PanelState } from './panel-state';
import { type RankedFindings, rankFindings } from './ranked-findings';

/** What the panel view shows for a tab's state, worked out here so the view only lays it out. */
export interface PanelModel {
  ranked: RankedFindings;
  beforeYouSend: ChecklistItem[];
  checks: CategoryCheck[];
  missing: ContextGap[];
  /** Open findings in all: the same number as the toolbar badge and the count at the editor. */
  openCount: number;
}

export function panelModel(state: PanelState): PanelModel {
  const { analysis, draft, context, hidden } = state;
  const checks = categoryChecks(context, analysis.findings);
  return {
    ranked: rankFindings(analysis.findings, draft),
    beforeYouSend: beforeYouSend(analysis.listening, analysis.findings, hidden, draft),
    checks,
    missing: missingContext(checks),
    openCount: analysis.findings.length,
  };
}
