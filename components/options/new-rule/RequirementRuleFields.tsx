import { MOODS } from '../../../lib/rules/vocabulary';
import { MOOD_LABELS } from '../../labels';
import { ListField, TextField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

/** Require something to be said: what counts, when it is required, and a sentence to insert as the fix. */
export function RequirementRuleFields({ form, set, at }: KindFieldsProps) {
  return (
    <>
      <ListField label="Phrases that meet the requirement" name="phrases" value={form.phrases} errors={at('phrases')} onChange={set('phrases')} />
      <ListField label="Only when the customer mentions (optional)" name="customerMentions" value={form.customerMentions} errors={at('when.customerMentions')} onChange={set('customerMentions', 'when.customerMentions')} />
      <fieldset class="moods">
        <legend>Only when the customer is (optional)</legend>
        {MOODS.map((mood) => (
          <label key={mood}>
            <input
              type="checkbox"
              checked={form.moods.includes(mood)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                set('moods', 'when.customerMood')((moods) => (on ? [...moods, mood] : moods.filter((entry) => entry !== mood)));
              }}
            />{' '}
            {MOOD_LABELS[mood]}
          </label>
        ))}
      </fieldset>
      <TextField label="Sentence to insert as a fix (optional)" name="insert" value={form.insert} errors={at('insert')} onChange={set('insert')} />
    </>
  );
}
