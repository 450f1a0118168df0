/**
 * Puts a saved page snippet into happy-dom's document and returns its editor: the element marked
 * `data-editor`, else the first contenteditable or textarea.
 */
export function pageWithEditor(html: string, title = ''): HTMLElement {
  document.title = title;
  document.body.innerHTML = html;
  const editor = document.querySelector<HTMLElement>('[data-editor]') ?? document.querySelector<HTMLElement>('[contenteditable="true"], textarea');
  if (!editor) throw new Error('The snippet has no editor');
  return editor;
}
