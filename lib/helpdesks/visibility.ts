/**
 * Whether a person can see the element. Helpdesks keep several tickets in the DOM and hide all but
 * one (Zendesk), so "the first match" is often the wrong editor.
 */
export function isVisible(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden]')) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
  }
  return true;
}
