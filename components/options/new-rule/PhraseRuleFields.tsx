import { ListField, TextField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

/** Flag phrases: which ones, and an optional one-click replacement. */
export function PhraseRuleFields({ form, set, at }: KindFieldsProps) {
  return (
    <>
      <ListField label="Phrases" name="phrases" value={form.phrases} errors={at('phrases')} onChange={set('phrases')} />
      <TextField label="Replace with (optional one-click fix)" name="replacement" value={form.replacement} errors={at('replacement')} onChange={set('replacement')} />
    </>
  );
}
