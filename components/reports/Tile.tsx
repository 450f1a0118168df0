/** One headline figure of a report: a label, the number and, when it helps, what it counts. */
export function Tile({ label, value, detail }: { label: string; value: number; detail?: string | undefined }) {
  return (
    <div class="tile">
      <dt>{label}</dt>
      <dd>
        {value}
        {detail && <span class="tile__detail">{detail}</span>}
      </dd>
    </div>
  );
}
