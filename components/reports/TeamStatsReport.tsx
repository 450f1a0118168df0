import { type MergedTeamStats, TREND_WEEKS, shareOf, shownWeeks } from '../../lib/team-stats/merge';
import { CATEGORIES } from '../../lib/rules/vocabulary';
import { CATEGORY_LABELS } from '../labels';
import { weekLabel } from '../self-assessment/week-label';
import { BarChart } from './BarChart';
import { Tile } from './Tile';
import { LineChart } from './LineChart';

/** How many rules the dismissals chart shows; the table lists them all. */
export const DISMISSED_CHARTED = 10;

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
const points = (change: number) => `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(Math.round(change * 100))} pts`;

/** Several agents' figures merged: the rules they dismiss most, and each category week by week. */
export function TeamStatsReport({ stats }: { stats: MergedTeamStats }) {
  const dismissed = stats.rules.filter((rule) => rule.dismissed > 0).slice(0, DISMISSED_CHARTED);
  const weeks = shownWeeks(stats.weeks);
  const replies = stats.weeks.reduce((sum, week) => sum + week.replies, 0);
  return (
    <main class="report" data-report="team-stats">
      <header>
        <h1>Team figures</h1>
        <p class="report__meta">
          {stats.agents} {stats.agents === 1 ? "agent's file" : "agents' files"}, exported {stats.exportedOn.first === stats.exportedOn.last ? stats.exportedOn.first : `${stats.exportedOn.first} to ${stats.exportedOn.last}`}. Counts, rule ids and weeks only: no reply text.
        </p>
      </header>
      <section aria-labelledby="team-summary-heading" data-section="summary">
        <h2 id="team-summary-heading">Summary</h2>
        <dl class="tiles">
          <Tile label="Agents" value={stats.agents} />
          <Tile label="Replies sent" value={replies} detail={stats.weeks.length > 0 ? `over ${stats.weeks.length} ${stats.weeks.length === 1 ? 'week' : 'weeks'}` : 'no history shared'} />
          <Tile label="Findings dismissed" value={stats.rules.reduce((sum, rule) => sum + rule.dismissed, 0)} detail={`of ${stats.rules.reduce((sum, rule) => sum + rule.fired, 0)} shown`} />
          <Tile label="Findings fixed" value={stats.rules.reduce((sum, rule) => sum + rule.fixed, 0)} />
        </dl>
      </section>

      <section aria-labelledby="dismissed-heading" data-section="dismissed">
        <h2 id="dismissed-heading">Rules the team dismisses most</h2>
        {dismissed.length === 0 ? (
          <p class="muted">No finding was dismissed.</p>
        ) : (
          <BarChart
            caption={`Findings dismissed, by rule${stats.rules.length > DISMISSED_CHARTED ? ` (the ${DISMISSED_CHARTED} most dismissed)` : ''}`}
            valueHeading="Dismissed (of fired)"
            bars={dismissed.map((rule) => ({ key: rule.ruleId, label: rule.ruleId, value: rule.dismissed, valueText: `${rule.dismissed} of ${rule.fired} (${percent(rule.dismissRate)})` }))}
          />
        )}
        <div class="table-scroll">
          <table data-table="rules">
            <caption class="visually-hidden">Every rule, most dismissed first</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col" class="number">Fired</th>
                <th scope="col" class="number">Fixed</th>
                <th scope="col" class="number">Dismissed</th>
                <th scope="col" class="number">Dismiss rate</th>
                <th scope="col" class="number">Muted by</th>
              </tr>
            </thead>
            <tbody>
              {stats.rules.map((rule) => (
                <tr key={rule.ruleId} data-rule={rule.ruleId}>
                  <th scope="row">
                    <code>{rule.ruleId}</code>
                  </th>
                  <td class="number">{rule.fired}</td>
                  <td class="number">{rule.fixed}</td>
                  <td class="number">{rule.dismissed}</td>
                  <td class="number">{percent(rule.dismissRate)}</td>
                  <td class="number">{`${rule.mutedBy} of ${stats.agents}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="weeks-heading" data-section="weeks">
        <h2 id="weeks-heading">Categories week by week</h2>
        {weeks.length === 0 ? (
          <p class="muted">No agent shared their weekly history (it comes from the self-assessment page's record of finished replies).</p>
        ) : (
          <>
            <LineChart
              caption={`Replies sent with a finding, by category (last ${Math.min(TREND_WEEKS, weeks.length)} weeks)`}
              pointLabels={weeks.map((week) => weekLabel(week.monday))}
              format={(value) => `${Math.round(value * 100)} %`}
              series={CATEGORIES.map((category) => ({ key: category, label: CATEGORY_LABELS[category], tone: category, values: weeks.map((week) => shareOf(week, category)) }))}
            />
            {stats.trends.length > 0 && (
              <ul class="legend" data-trends="">
                {stats.trends.map((trend) => (
                  <li key={trend.category} data-trend={trend.category}>
                    {CATEGORY_LABELS[trend.category]}: {percent(trend.from)} → {percent(trend.to)}{' '}
                    <span class={trend.change < 0 ? 'trend--better' : trend.change > 0 ? 'trend--worse' : ''}>
                      ({points(trend.change)}
                      {trend.change < 0 ? ', improving' : trend.change > 0 ? ', worse' : ''})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <div class="table-scroll">
              <table data-table="weeks">
                <caption class="visually-hidden">Replies sent with a finding of each category, every week</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col" class="number">Replies</th>
                    {CATEGORIES.map((category) => (
                      <th key={category} scope="col" class="number">
                        {CATEGORY_LABELS[category]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {stats.weeks.map((week) => (
                    <tr key={week.week} data-week={week.week}>
                      <th scope="row">{week.monday}</th>
                      <td class="number">{week.replies}</td>
                      {CATEGORIES.map((category) => (
                        <td key={category} class="number">
                          {percent(shareOf(week, category))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <footer class="report__footer">Made by Reply Coach on this computer from files agents chose to share: nothing was sent anywhere.</footer>
    </main>
  );
}
