import { findingKey } from '../engine/finding-key';
import type { Finding } from '../engine/types';

/**
 * Findings the agent dismissed, per tab, for the draft being written there. A finding is recognized
 * by its rule and its words (offsets move as the agent types around them), so a dismissed one stays
 * away while the draft changes elsewhere. Kept in the panel's memory only: a new draft (the old one was
 * sent or the editor closed) starts clean, and so does a new panel.
 */
export class DismissedFindings {
  private readonly byTab = new Map<number, Set<string>>();

  dismiss(tabId: number, finding: Finding, draft: string): void {
    let keys = this.byTab.get(tabId);
    if (!keys) this.byTab.set(tabId, (keys = new Set()));
    keys.add(findingKey(finding, draft));
  }

  isDismissed(tabId: number, finding: Finding, draft: string): boolean {
    return this.byTab.get(tabId)?.has(findingKey(finding, draft)) ?? false;
  }

  /** The draft in this tab is done with: sent (emptied) or its editor gone. */
  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
