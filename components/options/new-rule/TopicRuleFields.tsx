import { EMPTY_NEED, type Need } from '../../../lib/options/new-rule';
import { ListField, TextField } from '../fields';
import type { KindFieldsProps } from './kind-fields';

/** A follow-up topic: what makes it apply, and each need the reply should cover. */
export function TopicRuleFields({ form, set, at }: KindFieldsProps) {
  const setNeed = (index: number, key: keyof Need) => (value: string | string[]) =>
    set('needs', `needs[${index}].${key}`)((needs) => needs.map((need, position) => (position === index ? { ...need, [key]: value } : need)));
  return (
    <>
      <div class="grid">
        <TextField label="Topic id" name="topic" hint='e.g. "replacement"' value={form.topic} errors={at('topic')} onChange={set('topic')} />
        <TextField label="Topic name shown to agents" name="label" value={form.label} errors={at('label')} onChange={set('label')} />
      </div>
      <ListField label="The customer's message mentions" name="customerTriggers" value={form.customerTriggers} errors={at('triggers.customer')} onChange={set('customerTriggers', 'triggers')} />
      <ListField label="…or the reply mentions" name="draftTriggers" value={form.draftTriggers} errors={at('triggers.draft')} onChange={set('draftTriggers', 'triggers')} />
      {/* "Add at least one phrase for…" belongs to both lists, so it stands under them. */}
      {at('triggers')
        .filter((message) => !message.startsWith('customer') && !message.startsWith('draft'))
        .map((message) => (
          <p key={message} class="field__errors" data-field-error="">
            {message}
          </p>
        ))}
      {form.needs.map((need, index) => (
        <fieldset key={index} class="need" data-need-index={index}>
          <legend>Need {index + 1}</legend>
          <div class="grid">
            <TextField label="Need id" value={need.id} errors={at(`needs[${index}].id`)} onChange={setNeed(index, 'id')} />
            <TextField label="Checklist label" value={need.label} errors={at(`needs[${index}].label`)} onChange={setNeed(index, 'label')} />
          </div>
          <TextField label="Message when the reply does not cover it" value={need.message} errors={at(`needs[${index}].message`)} onChange={setNeed(index, 'message')} />
          <ListField label="Covered when the reply says" value={need.coveredBy} errors={at(`needs[${index}].coveredBy`)} onChange={setNeed(index, 'coveredBy')} />
          {form.needs.length > 1 && (
            <button type="button" class="button button--quiet" onClick={() => set('needs', 'needs-list')((needs) => needs.filter((_, position) => position !== index))}>
              Remove need {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="button" onClick={() => set('needs', 'needs-list')((needs) => [...needs, EMPTY_NEED])}>
        Add a need
      </button>
    </>
  );
}
