import { readText } from '../editors/read-text';

/**
 * The visible text of an element, whitespace collapsed and trimmed, leaving out `skip` (e.g. quoted
 * history). Undefined for a missing element or empty text, so adapters can chain fallbacks with `??`.
 */
export function visibleText(element: Element | null | undefined, skip?: string): string | undefined {
  if (!element) return undefined;
  const text = (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' ? (element as HTMLInputElement).value : readText(element, { skip }).text).trim();
  return text || undefined;
}

/**
 * The newest of `items`: by their `<time datetime>` when every item has one (helpdesks let agents
 * show the log newest-first), else the last in document order.
 */
export function newest(items: readonly Element[]): Element | undefined {
  const times = items.map((item) => Date.parse(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
  if (items.length > 0 && times.every((time) => !Number.isNaN(time))) {
    let best = 0;
    for (let i = 1; i < items.length; i++) if (times[i]! >= times[best]!) best = i;
    return items[best];
  }
  return items.at(-1);
}
