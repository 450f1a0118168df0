/**
 * The element the agent types into when focus lands on `target`, or null when it is not an editor:
 * a `<textarea>`, the root of a contenteditable region (the focused node may be deep inside it; a
 * role=textbox region counts when it really is editable), or the body of a designMode / contenteditable
 * iframe document. Single-line `<input>`s are not drafts (subject lines, search boxes).
 */
export function findEditableRoot(target: EventTarget | null): HTMLElement | null {
  if (!isElement(target)) return null;
  if (target.tagName === 'TEXTAREA') {
    const textarea = target as HTMLTextAreaElement;
    return textarea.readOnly || textarea.disabled ? null : textarea;
  }
  const doc = target.ownerDocument;
  if (doc.designMode === 'on' && doc.body) return doc.body;
  if (!isEditableElement(target)) return null;
  if (target.getAttribute('aria-readonly') === 'true') return null;
  // Climb to the outermost editable element: that is the editor, whatever child holds the caret.
  let root: HTMLElement = target;
  for (let parent = root.parentElement; parent && isEditableElement(parent); parent = parent.parentElement) root = parent;
  return root;
}

/** The element that really has focus, looking through open shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function isTextArea(editor: Element): editor is HTMLTextAreaElement {
  return editor.tagName === 'TEXTAREA';
}

function isElement(target: EventTarget | null): target is HTMLElement {
  return target !== null && (target as Node).nodeType === 1;
}

// `isContentEditable` is the browser's answer (it knows about inheritance and `plaintext-only`);
// the attribute check covers DOMs (happy-dom) that do not compute it.
function isEditableElement(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  const attribute = element.getAttribute('contenteditable');
  if (attribute === null) return false;
  return attribute === '' || attribute === 'true' || attribute === 'plaintext-only';
}
