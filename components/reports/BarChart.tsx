export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 replies (30 findings)". */
  valueText: string;
  /** A CSS modifier for the bar's colour, e.g. a category id. */
  tone?: string;
}

interface BarChartProps {
  caption: string;
  /** What the value is, for the table screen readers get: "Replies". */
  valueHeading: string;
  bars: readonly Bar[];
  /** The value of a full-length bar; the largest value when left out. */
  max?: number;
}

// Geometry in viewBox units: the SVG scales to its column, so one unit is about one pixel at 29 rem.
const WIDTH = 460;
const ROW = 26;
const LABEL_WIDTH = 175;
const VALUE_WIDTH = 115;
const BAR_HEIGHT = 14;
const LABEL_CHARACTERS = 25;

/** Horizontal bars, one per row, with the numbers written beside them and again in a table for screen readers. */
export function BarChart({ caption, valueHeading, bars, max }: BarChartProps) {
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  const height = Math.max(ROW * bars.length, ROW);
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}: ${bars.map((bar) => `${bar.label} ${bar.valueText}`).join('; ')}`}>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const barY = y + (ROW - BAR_HEIGHT) / 2;
          return (
            <g key={bar.key} data-bar={bar.key}>
              <text class="chart__label" x={0} y={y + ROW / 2} dominant-baseline="central">
                {bar.label.length > LABEL_CHARACTERS ? `${bar.label.slice(0, LABEL_CHARACTERS - 1)}…` : bar.label}
                <title>{bar.label}</title>
              </text>
              <rect class="chart__track" x={LABEL_WIDTH} y={barY} width={barSpace} height={BAR_HEIGHT} rx={3} />
              <rect class={`chart__bar${bar.tone ? ` chart__bar--${bar.tone}` : ''}`} x={LABEL_WIDTH} y={barY} width={(barSpace * bar.value) / top} height={BAR_HEIGHT} rx={3} />
              <text class="chart__value" x={LABEL_WIDTH + barSpace + 8} y={y + ROW / 2} dominant-baseline="central">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{bar.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
