/**
 * The tab a panel page is pinned to: `sidepanel.html?tabId=<n>` (a contract: the pop-out window and
 * the end-to-end tests open the panel this way). Without it the panel follows the active tab.
 */
export function pinnedTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const tabId = Number(value);
  return Number.isSafeInteger(tabId) ? tabId : undefined;
}
