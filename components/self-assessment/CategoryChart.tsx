import type { Category } from '../../lib/engine/types';
import { percentText } from '../../lib/self-assessment/percent';
import type { Share } from '../../lib/self-assessment/summary';
import { CATEGORY_LABELS } from '../labels';

interface CategoryChartProps {
  categories: { category: Category; withFindings: Share }[];
}

// Geometry in viewBox units; the SVG is as wide as its container (capped in CSS), so at 320 px one
// unit is about one pixel and the 12-unit text stays readable.
const WIDTH = 280;
const ROW = 28;
const LABEL_WIDTH = 100;
const VALUE_WIDTH = 40;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const BAR_HEIGHT = 14;

const describe = (category: Category, share: Share) => `${CATEGORY_LABELS[category]} ${percentText(share)} (${share.count} of ${share.of})`;

/** One horizontal bar per category: the share of final drafts that still had a finding of it. */
export function CategoryChart({ categories }: CategoryChartProps) {
  const height = ROW * categories.length;
  const label = `Final drafts that still had findings, by category: ${categories.map(({ category, withFindings }) => describe(category, withFindings)).join(', ')}.`;
  return (
    <figure class="chart" data-chart="categories">
      <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        {categories.map(({ category, withFindings }, index) => {
          const y = index * ROW;
          const barY = y + (ROW - BAR_HEIGHT) / 2;
          return (
            <g key={category}>
              <text class="chart__label" x={0} y={y + ROW / 2} dominant-baseline="central">
                {CATEGORY_LABELS[category]}
              </text>
              <rect class="chart__track" x={LABEL_WIDTH} y={barY} width={BAR_WIDTH} height={BAR_HEIGHT} rx={3} />
              <rect class="chart__bar" data-bar={category} x={LABEL_WIDTH} y={barY} width={BAR_WIDTH * (withFindings.share ?? 0)} height={BAR_HEIGHT} rx={3} />
              <text class="chart__value" x={WIDTH} y={y + ROW / 2} text-anchor="end" dominant-baseline="central">
                {percentText(withFindings)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>Final drafts that still had findings, by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Share</th>
            <th scope="col">Drafts</th>
          </tr>
        </thead>
        <tbody>
          {categories.map(({ category, withFindings }) => (
            <tr key={category}>
              <th scope="row">{CATEGORY_LABELS[category]}</th>
              <td>{percentText(withFindings)}</td>
              <td>{`${withFindings.count} of ${withFindings.of}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
