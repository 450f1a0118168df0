import { useState } from 'preact/hooks';
import { ruleTitle } from '../../lib/rules/rule-title';
import type { Rule } from '../../lib/rules/schema';
import type { RuleStats } from '../../lib/settings/rule-stats';
import { statsCsv, statsRows } from '../../lib/settings/rule-stats-table';
import type { Download } from './download';

interface RuleStatsTableProps {
  stats: RuleStats;
  /** To name each rule by its title (a rule no longer in the set is named from its id). */
  rules: readonly Rule[];
  onClear: () => void;
  download: Download;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

/** How each rule fares in this browser, noisiest first (most often dismissed), as counts only. */
export function RuleStatsTable({ stats, rules, onClear, download }: RuleStatsTableProps) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const [confirming, setConfirming] = useState(false);
  const rows = statsRows(stats);
  return (
    <section class="card" aria-labelledby="stats-heading">
      <h3 id="stats-heading">Rule statistics</h3>
      <p class="muted">Counted in this browser only, as numbers: no reply text is kept. A rule agents often dismiss may need tuning.</p>
      {rows.length === 0 ? (
        <p class="muted" data-testid="stats-empty">
          No statistics yet.
        </p>
      ) : (
        <div class="table-scroll">
          <table class="stats" data-testid="stats-table">
            <caption class="visually-hidden">Rules sorted by dismiss rate, highest first</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Fired</th>
                <th scope="col">Fixed</th>
                <th scope="col">Dismissed</th>
                <th scope="col" aria-sort="descending">
                  Dismiss rate
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.ruleId} data-stats-rule={row.ruleId}>
                  <th scope="row" title={row.ruleId}>
                    {ruleTitle(byId.get(row.ruleId) ?? { id: row.ruleId })}
                  </th>
                  <td>{row.fired}</td>
                  <td>{row.fixed}</td>
                  <td>{row.dismissed}</td>
                  <td>{percent(row.dismissRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button type="button" class="button" data-action="export-stats" disabled={rows.length === 0} onClick={() => download('reply-coach-rule-statistics.csv', statsCsv(rows), 'text/csv')}>
          Export CSV
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label="Clear statistics?">
            <span>Clear every count?</span>{' '}
            <button
              type="button"
              class="button button--danger"
              data-action="confirm-clear-stats"
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Clear
            </button>{' '}
            <button type="button" class="button" data-action="cancel-clear-stats" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" class="button" data-action="clear-stats" disabled={rows.length === 0} onClick={() => setConfirming(true)}>
            Clear…
          </button>
        )}
      </div>
    </section>
  );
}
