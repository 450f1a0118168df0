import { useId } from 'preact/hooks';
import type { AdapterId } from '../../lib/messaging/adapter-ids';
import type { AppliesTo } from '../../lib/rules/schema';
import { COMPOSER_OPTIONS, HELPDESK_OPTIONS } from './labels';

interface ProfileFieldsProps {
  appliesTo: AppliesTo | undefined;
  onChange: (appliesTo: AppliesTo | undefined) => void;
  disabled?: boolean;
  errors?: readonly string[];
  /** "this rule" or "this rule set", for the legend. */
  subject?: string;
}

/** Where a rule (or the set) coaches: which helpdesks, replies and/or internal notes. */
export function ProfileFields({ appliesTo, onChange, disabled, errors = [], subject = 'this rule' }: ProfileFieldsProps) {
  const id = useId();
  const composer = appliesTo?.composer?.length === 1 ? appliesTo.composer[0]! : 'all';
  const helpdesks = appliesTo?.helpdesks;
  const update = (next: AppliesTo) => {
    const cleaned: AppliesTo = { ...(next.helpdesks ? { helpdesks: next.helpdesks } : {}), ...(next.composer ? { composer: next.composer } : {}) };
    onChange(Object.keys(cleaned).length > 0 ? cleaned : undefined);
  };
  const toggleHelpdesk = (helpdesk: AdapterId, on: boolean) => {
    const current = new Set(helpdesks ?? []);
    if (on) current.add(helpdesk);
    else current.delete(helpdesk);
    // No box ticked means "every helpdesk", which is what the field being absent says.
    const list = HELPDESK_OPTIONS.map((option) => option.value).filter((value) => current.has(value));
    update({ ...appliesTo, helpdesks: list.length > 0 ? list : undefined });
  };
  return (
    <fieldset class="profile" data-profile="" aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}>
      <legend>Where {subject} applies</legend>
      <label class="profile__composer">
        <span>Messages</span>
        <select
          value={composer}
          disabled={disabled}
          data-control="composer"
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ ...appliesTo, composer: value === 'all' ? undefined : [value as 'reply' | 'note'] });
          }}
        >
          {COMPOSER_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <p class="field__hint">Helpdesks (none ticked: all of them)</p>
      <ul class="profile__helpdesks">
        {HELPDESK_OPTIONS.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                checked={helpdesks?.includes(option.value) ?? false}
                disabled={disabled}
                data-helpdesk={option.value}
                onChange={(event) => toggleHelpdesk(option.value, event.currentTarget.checked)}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <ul class="field__errors" id={`${id}-errors`} data-field-error="">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
