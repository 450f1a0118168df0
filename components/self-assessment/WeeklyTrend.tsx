import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import { percentText } from '../../lib/self-assessment/percent';
import type { Share, WeekTrend } from '../../lib/self-assessment/summary';
import { CATEGORY_LABELS } from '../labels';
import { weekLabel } from './week-label';

interface WeeklyTrendProps {
  weeks: WeekTrend[];
}

/** Eight bars still read at 320 px; older weeks are in the export. */
export const WEEKS_SHOWN = 8;

// Wide enough for eight "16 Dec" labels side by side at 10 units.
const WIDTH = 300;
const HEIGHT = 150;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 124;
const SLOT = WIDTH / WEEKS_SHOWN;
const BAR_WIDTH = SLOT * 0.6;

type Filter = 'all' | Category;

const shareOf = (week: WeekTrend, filter: Filter): Share => (filter === 'all' ? week.withFindings : week.categories[filter]);
const describe = (week: WeekTrend, share: Share) =>
  share.share === null ? `week of ${weekLabel(week.monday)} no drafts` : `week of ${weekLabel(week.monday)} ${percentText(share)} (${share.count} of ${share.of})`;

function findingOf(category: Category): string {
  const name = CATEGORY_LABELS[category].toLowerCase();
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} finding`;
}

/** Share of final drafts with findings, week by week (ISO weeks), for all findings or one category. */
export function WeeklyTrend({ weeks }: WeeklyTrendProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const shown = weeks.slice(-WEEKS_SHOWN);
  const what = filter === 'all' ? 'any finding' : findingOf(filter);
  const label = `Final drafts that still had ${what}, by week: ${shown.map((week) => describe(week, shareOf(week, filter))).join(', ')}.`;
  return (
    <figure class="chart" data-chart="weekly">
      <label class="chart__filter">
        Show{' '}
        <select value={filter} data-action="trend-category" onChange={(event) => setFilter(event.currentTarget.value as Filter)}>
          <option value="all">All findings</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </label>
      <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line class="chart__axis" x1={0} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} />
        {shown.map((week, index) => {
          const share = shareOf(week, filter);
          const centre = index * SLOT + SLOT / 2;
          const barHeight = (PLOT_BOTTOM - PLOT_TOP) * (share.share ?? 0);
          return (
            <g key={week.week} data-week={week.week}>
              {share.share !== null && (
                <rect class="chart__bar" data-bar={week.week} x={centre - BAR_WIDTH / 2} y={PLOT_BOTTOM - barHeight} width={BAR_WIDTH} height={barHeight} rx={2} />
              )}
              <text class="chart__value" x={centre} y={PLOT_BOTTOM - barHeight - 4} text-anchor="middle">
                {percentText(share)}
              </text>
              <text class="chart__label chart__label--small" x={centre} y={PLOT_BOTTOM + 14} text-anchor="middle">
                {weekLabel(week.monday)}
              </text>
              <text class="chart__label chart__label--small chart__label--muted" x={centre} y={PLOT_BOTTOM + 25} text-anchor="middle">
                {`${week.drafts} sent`}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>Final drafts that still had {what}, by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Share</th>
            <th scope="col">Drafts</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((week) => {
            const share = shareOf(week, filter);
            return (
              <tr key={week.week}>
                <th scope="row">{weekLabel(week.monday)}</th>
                <td>{percentText(share)}</td>
                <td>{`${share.count} of ${share.of}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
