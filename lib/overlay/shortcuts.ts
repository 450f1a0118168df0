/** A key combination the page listens for while the agent is in the reply editor (or its card). */
export interface KeyCombination {
  /** `KeyboardEvent.code`: the physical key, the same on every keyboard layout. */
  code: string;
  alt: boolean;
  shift: boolean;
  label: string;
}

// Alt+Shift with a key: nothing an editor types or formats with, on Windows and Linux; on macOS
// Option+Shift+N and Option+Shift+Return type nothing common either.
export const NEXT_FINDING_KEYS: KeyCombination = { code: 'KeyN', alt: true, shift: true, label: 'Alt+Shift+N' };
export const APPLY_FIX_KEYS: KeyCombination = { code: 'Enter', alt: true, shift: true, label: 'Alt+Shift+Enter' };

export function isPressed(event: KeyboardEvent, keys: KeyCombination): boolean {
  return event.code === keys.code && event.altKey === keys.alt && event.shiftKey === keys.shift && !event.ctrlKey && !event.metaKey;
}
