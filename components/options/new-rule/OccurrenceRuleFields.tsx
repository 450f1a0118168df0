import { ListField, NumberField, SelectField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

const SCOPES = [
  { value: 'draft', label: 'Reply' },
  { value: 'paragraph', label: 'Paragraph' },
  { value: 'sentence', label: 'Sentence' },
] as const;

/** Limit how often something is said: the phrases, the most allowed, and per what. */
export function OccurrenceRuleFields({ form, set, at }: KindFieldsProps) {
  return (
    <>
      <ListField label="Phrases" name="phrases" value={form.phrases} errors={at('phrases')} onChange={set('phrases')} />
      <div class="grid">
        <NumberField label="Most times allowed" name="max" value={form.max} errors={at('max')} onChange={set('max')} />
        <SelectField label="Counted per" name="scope" value={form.scope} options={SCOPES} onChange={set('scope')} />
      </div>
    </>
  );
}
