import { percentText } from '../../lib/self-assessment/percent';
import type { SelfAssessmentSummary, Share } from '../../lib/self-assessment/summary';

interface HeadlineProps {
  summary: SelfAssessmentSummary;
}

const ofText = (share: Share) => (share.share === null ? 'not measured yet' : `${share.count} of ${share.of}`);

/** The few numbers worth seeing first. "Sent clean" rather than "with findings": the goal, not the fault. */
export function Headline({ summary }: HeadlineProps) {
  const clean = { count: summary.drafts - summary.withFindings.count, of: summary.drafts, share: summary.withFindings.share === null ? null : 1 - summary.withFindings.share };
  const numbers = [
    { id: 'drafts', label: 'Replies recorded', value: String(summary.drafts), detail: '' },
    { id: 'clean', label: 'Sent with nothing to improve', value: percentText(clean), detail: ofText(clean) },
    { id: 'name-use', label: 'Used the name when known', value: percentText(summary.nameUse), detail: ofText(summary.nameUse) },
    { id: 'empathy-when-upset', label: 'Acknowledged an upset customer', value: percentText(summary.empathyWhenUpset), detail: ofText(summary.empathyWhenUpset) },
    { id: 'reading-grade', label: 'Average reading grade', value: summary.averageReadingGrade === null ? '–' : String(summary.averageReadingGrade), detail: 'lower reads easier' },
  ];
  return (
    <dl class="headline">
      {numbers.map(({ id, label, value, detail }) => (
        <div key={id} class="headline__item" data-headline={id}>
          <dt class="headline__label">{label}</dt>
          <dd class="headline__value">{value}</dd>
          {detail && <dd class="headline__detail muted">{detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
