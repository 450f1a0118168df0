/**
 * The ways to replace the selected text that the editor itself handles, so its model and undo
 * history follow (helpdesks.md §C): the browser's own editing command, a synthetic paste, or a
 * synthetic `beforeinput`. None of them writes to the DOM directly.
 */
export type InputPath = 'exec-command' | 'paste' | 'before-input';

/**
 * Replaces the current selection of `editor` with `text` through `path`. Whether anything happened
 * is for the caller to check: editors ignore what they do not handle. Returns whether something
 * claimed the input: the browser ran its command, or a listener cancelled the synthetic event to
 * handle it itself (a synthetic event has no default action, so an editor that takes it cancels it —
 * most do; Trix takes a `beforeinput` without cancelling it).
 */
export function insertThrough(path: InputPath, editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  if (path === 'exec-command') {
    // "insertText" with nothing to insert is a no-op in some browsers; "delete" removes the selection.
    return doc.execCommand(text === '' ? 'delete' : 'insertText', false, text);
  }
  const realm = pageRealm(doc.defaultView ?? window);
  const data = new realm.view.DataTransfer();
  data.setData('text/plain', text);
  const init = { bubbles: true, cancelable: true, composed: true };
  if (path === 'paste') {
    return !editor.dispatchEvent(new realm.view.ClipboardEvent('paste', realm.object({ ...init, clipboardData: data })));
  }
  const inputType = text === '' ? 'deleteContentBackward' : 'insertReplacementText';
  return !editor.dispatchEvent(new realm.view.InputEvent('beforeinput', realm.object({ ...init, inputType, data: text === '' ? null : text, dataTransfer: data })));
}

/**
 * Where the synthetic events are made. Firefox's content scripts see the page through wrappers, and an
 * event or DataTransfer made on the script's side reaches the page's handlers empty: there they are
 * made with the page's own constructors (`wrappedJSObject`). Chrome shares the DOM objects as they are.
 * (Not run in this repository's tests: they drive Chromium.)
 */
function pageRealm(view: Window): { view: EventConstructors; object<T extends object>(value: T): T } {
  const page = (view as Window & { wrappedJSObject?: EventConstructors & { Object: ObjectConstructor } }).wrappedJSObject;
  if (!page) return { view: view as unknown as EventConstructors, object: (value) => value };
  return { view: page, object: (value) => Object.assign(new page.Object(), value) };
}

interface EventConstructors {
  DataTransfer: typeof DataTransfer;
  ClipboardEvent: typeof ClipboardEvent;
  InputEvent: typeof InputEvent;
}
