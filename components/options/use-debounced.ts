import { useEffect, useState } from 'preact/hooks';

/** `value`, once it has stopped changing for `delayMs`: keeps the examples from re-running on every keystroke. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
