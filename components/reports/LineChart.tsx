export interface Series {
  key: string;
  label: string;
  /** One value per point (0..1), null where there is none. */
  values: readonly (number | null)[];
  tone: string;
}

interface LineChartProps {
  caption: string;
  /** Under each point: e.g. "3 Mar". */
  pointLabels: readonly string[];
  series: readonly Series[];
  format: (value: number) => string;
}

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 190;

/** Shares over time, one line per series, with the same numbers in a table for screen readers. */
export function LineChart({ caption, pointLabels, series, format }: LineChartProps) {
  const step = pointLabels.length > 1 ? (WIDTH - LEFT - RIGHT) / (pointLabels.length - 1) : 0;
  const x = (index: number) => LEFT + index * step;
  const y = (value: number) => BOTTOM - (BOTTOM - TOP) * value;
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      <svg class="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${caption}. ${series.map((line) => `${line.label}: ${line.values.map((value, index) => `${pointLabels[index]} ${value === null ? 'none' : format(value)}`).join(', ')}`).join('. ')}.`}>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line class="chart__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text class="chart__label" x={LEFT - 6} y={y(tick)} text-anchor="end" dominant-baseline="central">
              {format(tick)}
            </text>
          </g>
        ))}
        {pointLabels.map((label, index) => (
          <text key={label} class="chart__label" x={x(index)} y={BOTTOM + 18} text-anchor="middle">
            {label}
          </text>
        ))}
        {series.map((line) => (
          <g key={line.key} data-series={line.key}>
            <path class={`chart__line chart__stroke--${line.tone}`} d={pathOf(line.values, x, y)} />
            {line.values.map((value, index) => (value === null ? null : <circle key={index} class={`chart__dot chart__fill--${line.tone}`} cx={x(index)} cy={y(value)} r={3} />))}
          </g>
        ))}
      </svg>
      <ul class="legend">
        {series.map((line) => (
          <li key={line.key}>
            <span class={`legend__swatch chart__swatch--${line.tone}`} />
            {line.label}
          </li>
        ))}
      </ul>
      <table class="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {series.map((line) => (
              <th key={line.key} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pointLabels.map((label, index) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((line) => {
                const value = line.values[index];
                return <td key={line.key}>{value === null || value === undefined ? '—' : format(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A line through the points that have a value; a gap (a week with no replies) breaks it. */
function pathOf(values: readonly (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)} `;
    drawing = true;
  });
  return path.trim();
}
