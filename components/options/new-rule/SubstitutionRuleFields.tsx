import { ListField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

/** Suggest a better phrase: "phrase => better phrase", one per line. */
export function SubstitutionRuleFields({ form, set, at }: KindFieldsProps) {
  return <ListField label="Phrases and what to say instead" name="swap" hint="One per line: phrase => better phrase." value={form.swap} errors={at('swap')} onChange={set('swap')} />;
}
