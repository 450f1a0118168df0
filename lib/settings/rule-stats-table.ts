import type { RuleStats } from './rule-stats';

export interface RuleStatsRow {
  ruleId: string;
  fired: number;
  fixed: number;
  dismissed: number;
  /** Dismissed ÷ fired (0..1); `null` when the rule never fired. */
  dismissRate: number | null;
}

/** One row per rule, noisiest first: highest dismiss rate, then most dismissals, then by id. */
export function statsRows(stats: RuleStats): RuleStatsRow[] {
  return Object.entries(stats)
    .map(([ruleId, { fired, fixed, dismissed }]) => ({
      ruleId,
      fired,
      fixed,
      dismissed,
      // Counted separately, so dismissals can outrun the fired count after a clear; a rate stays ≤ 100 %.
      dismissRate: fired + dismissed === 0 ? null : dismissed / Math.max(fired, dismissed),
    }))
    .sort((a, b) => (b.dismissRate ?? -1) - (a.dismissRate ?? -1) || b.dismissed - a.dismissed || a.ruleId.localeCompare(b.ruleId));
}

/** The table as CSV (RFC 4180: comma-separated, CRLF line ends, quotes only where needed). */
export function statsCsv(rows: readonly RuleStatsRow[]): string {
  const lines = [['rule_id', 'fired', 'fixed', 'dismissed', 'dismiss_rate']];
  for (const row of rows) lines.push([row.ruleId, String(row.fired), String(row.fixed), String(row.dismissed), row.dismissRate === null ? '' : row.dismissRate.toFixed(3)]);
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
