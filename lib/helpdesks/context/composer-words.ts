import type { ComposerKind } from '../../messaging/content-messages';
import { fieldText } from './field-text';
import { composerKindOfWords } from './kind-words';
import { ancestorsThroughFrames, documentsAround } from './page-tree';

/**
 * Reply or note from the words around the editor, in this order: its own label (aria-label, title,
 * placeholder; an iframe editor's frame title), the form's submit button ("Add note", "Send"), its
 * `<label>`, the placeholder shown beside it ("Reply to Chloé…", "Write a note…"), the composer's
 * heading or legend. The first that says is taken.
 */
export function composerFromWords(editor: HTMLElement): ComposerKind | undefined {
  for (const words of wordsAround(editor)) {
    const kind = words ? composerKindOfWords(words) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

function* wordsAround(editor: HTMLElement): Generator<string | null | undefined> {
  const frame = documentsAround(editor)[1] ? editor.ownerDocument.defaultView?.frameElement : null;
  for (const element of [editor, frame]) {
    if (!element) continue;
    for (const attribute of ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder', 'title']) yield element.getAttribute(attribute);
  }
  const holder = frame ?? editor;
  for (const button of holder.closest('form')?.querySelectorAll('button[type="submit"], input[type="submit"], button:not([type])') ?? []) yield fieldText(button);
  for (const label of (editor as Partial<HTMLTextAreaElement>).labels ?? []) yield fieldText(label);
  for (const labelId of (editor.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) yield fieldText(editor.ownerDocument.getElementById(labelId) ?? undefined);
  // Placeholders beside the editable (Lexical, Draft.js, Froala), shown while the draft is empty.
  const box = ancestorsThroughFrames(editor).slice(1, 4);
  for (const ancestor of box) for (const placeholder of ancestor.querySelectorAll('[class*="placeholder" i]')) yield placeholder.textContent;
  for (const ancestor of ancestorsThroughFrames(editor).slice(1, 5)) {
    for (const heading of ancestor.querySelectorAll('legend, h2, h3, h4')) if (!heading.contains(editor)) yield fieldText(heading);
  }
}
