import { useEffect, useRef, useState } from 'preact/hooks';

interface ClearHistoryProps {
  drafts: number;
  onClear: () => void;
}

/** Deleting everything asks once more, in place (no browser dialog), and says it cannot be undone. */
export function ClearHistory({ drafts, onClear }: ClearHistoryProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="button" data-action="clear" onClick={() => setConfirming(true)}>
        Clear all history…
      </button>
    );
  }
  return (
    <div class="clear-confirm" role="group" aria-label="Confirm clearing">
      <p>{`Delete all ${drafts} recorded ${drafts === 1 ? 'reply' : 'replies'}? This cannot be undone.`}</p>
      <button
        ref={confirmButton}
        type="button"
        class="button button--danger"
        data-action="confirm-clear"
        onClick={() => {
          setConfirming(false);
          onClear();
        }}
      >
        Delete everything
      </button>{' '}
      <button type="button" class="button button--quiet" data-action="cancel-clear" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
