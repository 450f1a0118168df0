import type { Finding } from '../engine/types';
import type { Severity } from '../rules/vocabulary';

/** The toolbar button's badge for one tab: the number of open findings, coloured by the worst one. */
export interface ToolbarBadge {
  /** "" when there is nothing to look at (no draft, or nothing open). */
  text: string;
  color: string;
}

// The panel's severity colours (components/panel.css), dark enough for the badge's white text.
const SEVERITY_COLORS: Record<Severity, string> = { error: '#b91c1c', warning: '#b45309', info: '#2563eb' };

export function toolbarBadge(open: readonly Pick<Finding, 'severity'>[]): ToolbarBadge {
  if (open.length === 0) return { text: '', color: SEVERITY_COLORS.info };
  const worst: Severity = open.some((finding) => finding.severity === 'error') ? 'error' : open.some((finding) => finding.severity === 'warning') ? 'warning' : 'info';
  return { text: open.length > 99 ? '99+' : String(open.length), color: SEVERITY_COLORS[worst] };
}

/** The badge API of either browser: `action` (Chrome, MV3) or `browserAction` (Firefox, MV2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export async function showToolbarBadge(api: BadgeApi, tabId: number, badge: ToolbarBadge): Promise<void> {
  // A tab closed meanwhile: nothing to show it on.
  await Promise.all([api.setBadgeText({ tabId, text: badge.text }), api.setBadgeBackgroundColor({ tabId, color: badge.color })]).catch(() => undefined);
}
