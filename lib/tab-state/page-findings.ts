import type { Finding } from '../engine/types';
import type { PageFindings } from '../messaging/editor-actions';
import type { TabState } from '../messaging/panel-messages';
import { guidanceTitle } from '../rules/guidance-title';
import { findingKey } from '../engine/finding-key';

/** What the page needs to underline the open findings of a tab's draft and show each one's card. */
export function pageFindingsOf(state: Pick<TabState, 'draft'>, open: readonly Finding[]): PageFindings {
  return {
    type: 'page-findings',
    draft: state.draft,
    findings: open.map((finding) => ({
      key: findingKey(finding, state.draft),
      ruleId: finding.ruleId,
      title: finding.title,
      category: finding.category,
      severity: finding.severity,
      message: finding.message,
      explanation: finding.explanation,
      ...(finding.guidance ? { guidance: guidanceTitle(finding.guidance) } : {}),
      start: finding.start,
      end: finding.end,
      ...(finding.suggestion ? { replacement: finding.suggestion.replacement } : {}),
    })),
  };
}
