import { METRICS } from '../../../lib/rules/schema';
import { NumberField, SelectField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

const METRIC_LABELS: Record<(typeof METRICS)[number], string> = {
  'sentence-words': 'Words in a sentence',
  'paragraph-words': 'Words in a paragraph',
  'draft-words': 'Words in the reply',
  'reading-grade': 'Reading grade (school years)',
};

/** Limit a measure: which one, its maximum, and replies too short to judge. */
export function MetricRuleFields({ form, set, at }: KindFieldsProps) {
  return (
    <div class="grid">
      <SelectField label="Measure" name="metric" value={form.metric} options={METRICS.map((value) => ({ value, label: METRIC_LABELS[value] }))} errors={at('metric')} onChange={set('metric')} />
      <NumberField label="Maximum" name="max" value={form.max} errors={at('max')} onChange={set('max')} />
      <NumberField label="Skip replies shorter than (words)" name="minDraftWords" value={form.minDraftWords} errors={at('minDraftWords')} onChange={set('minDraftWords')} />
    </div>
  );
}
