import { useState } from 'preact/hooks';

interface CustomerNameFieldProps {
  /** The name the panel uses now (read from the page, or set by the agent). */
  name: string | undefined;
  /** The agent set it: offer to go back to what the page shows. */
  setByAgent: boolean;
  /** A new name, or `null` to use the page's again. Absent: the name cannot be changed here. */
  onChange?: (name: string | null) => void;
}

/**
 * The customer's name in the panel header, correctable: when the page showed the wrong person, or
 * none, the agent types the right one and the draft is checked with it (for this ticket only).
 */
export function CustomerNameField({ name, setByAgent, onChange }: CustomerNameFieldProps) {
  const [editing, setEditing] = useState(false);
  if (editing && onChange) {
    const save = (event: Event) => {
      event.preventDefault();
      const value = ((event.currentTarget as HTMLFormElement).elements.namedItem('customer-name') as HTMLInputElement).value.trim();
      if (value) onChange(value);
      setEditing(false);
    };
    return (
      <form class="customer-name-form" onSubmit={save}>
        <label class="visually-hidden" for="customer-name">
          Customer's name
        </label>
        <input
          id="customer-name"
          name="customer-name"
          value={name ?? ''}
          maxLength={200}
          autoComplete="off"
          autoFocus
          onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
        />
        <button type="submit" class="button button--primary" data-action="save-customer-name">
          Save
        </button>
        <button type="button" class="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <>
      <strong data-context="customer-name" data-set-by={setByAgent ? 'agent' : 'page'}>
        {name ?? ''}
      </strong>
      {!name && <span class="muted">Customer name not found</span>}
      {setByAgent && <span class="muted">(set by you)</span>}
      {onChange && (
        <button type="button" class="button button--quiet" data-action="edit-customer-name" onClick={() => setEditing(true)} aria-label={name ? `Change the customer's name (${name})` : "Type the customer's name"}>
          {name ? 'Change' : 'Add name'}
        </button>
      )}
      {onChange && setByAgent && (
        <button type="button" class="button button--quiet" data-action="reset-customer-name" onClick={() => onChange(null)}>
          Use the page's
        </button>
      )}
    </>
  );
}
