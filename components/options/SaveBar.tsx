interface SaveBarProps {
  dirty: boolean;
  errorCount: number;
  /** A save waiting for confirmation because examples fail. */
  pending: { failed: number } | null;
  status: string;
  readOnly: boolean;
  onSave: () => void;
  onConfirm: () => void;
  onKeepEditing: () => void;
  onDiscard: () => void;
}

/**
 * Save and discard, always in reach. An invalid set cannot be saved; a set whose examples fail is
 * saved only after an explicit "Save anyway".
 */
export function SaveBar({ dirty, errorCount, pending, status, readOnly, onSave, onConfirm, onKeepEditing, onDiscard }: SaveBarProps) {
  if (readOnly) return null;
  return (
    <div class="save-bar" data-testid="save-bar">
      {pending ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-save-text" data-testid="confirm-save">
          <p id="confirm-save-text">
            {pending.failed === 1 ? '1 example fails' : `${pending.failed} examples fail`}: the rules do not do what their examples say. Save anyway?
          </p>
          <button type="button" class="button button--danger" data-action="save-anyway" onClick={onConfirm}>
            Save anyway
          </button>{' '}
          <button type="button" class="button" data-action="keep-editing" onClick={onKeepEditing}>
            Keep editing
          </button>
        </div>
      ) : (
        <>
          <p class="save-bar__state" role="status">
            {errorCount > 0 ? `${errorCount === 1 ? '1 problem' : `${errorCount} problems`} to fix before saving.` : dirty ? 'Unsaved changes.' : status || 'No unsaved changes.'}
          </p>
          <button type="button" class="button button--primary" data-action="save" disabled={!dirty || errorCount > 0} onClick={onSave}>
            Save
          </button>{' '}
          <button type="button" class="button" data-action="discard" disabled={!dirty} onClick={onDiscard}>
            Discard changes
          </button>
        </>
      )}
    </div>
  );
}
