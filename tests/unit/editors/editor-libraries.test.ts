// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_LIBRARIES, editorLibraryOf } from '../../../lib/editors/libraries';

/** The editable root each library renders (as in the fixture pages under tests/fixtures/). */
const EDITABLES: [string, string][] = [
  ['<textarea></textarea>', 'textarea'],
  ['<div class="ck ck-content ck-editor__editable ck-rounded-corners" contenteditable="true"></div>', 'ckeditor5'],
  // CKEditor 4's editable is an iframe body, or an inline div with the same class.
  ['<div class="cke_editable cke_editable_themed cke_contents_ltr" contenteditable="true"></div>', 'ckeditor4'],
  ['<div class="fr-element fr-view" contenteditable="true"></div>', 'froala'],
  ['<div data-slate-editor="true" role="textbox" contenteditable="true"></div>', 'slate'],
  ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
  ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
  ['<div class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
  ['<div class="tiptap ProseMirror" contenteditable="true"></div>', 'prosemirror'],
  ['<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true"></div></div></div>', 'draftjs'],
  ['<div contenteditable="true"></div>', 'contenteditable'],
  ['<div class="redactor-editor" contenteditable="true"></div>', 'contenteditable'],
];

describe('telling which editor library runs an editable', () => {
  it.each(EDITABLES)('%s → %s', (html, id) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const editable = holder.querySelector('[contenteditable], textarea') ?? holder.firstElementChild!;
    expect(editorLibraryOf(editable).id).toBe(id);
  });

  it('has one record per id, and ends with the one that takes any other editable', () => {
    const ids = EDITOR_LIBRARIES.map((library) => library.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(EDITOR_LIBRARIES.at(-1)?.fingerprint).toBe('*');
  });

  it('never waits more than a second and a half before a fix, and always has a way in', () => {
    for (const library of EDITOR_LIBRARIES) {
      expect(library.inputPaths.length, library.id).toBeGreaterThan(0);
      expect(library.undoGroupingMs, library.id).toBeLessThanOrEqual(1500);
    }
  });
});

describe('lib/editors stands apart from the helpdesk adapters', () => {
  const folder = resolve(import.meta.dirname, '../../../lib/editors');
  it.each(readdirSync(folder).filter((file) => file.endsWith('.ts')))('%s imports nothing from lib/helpdesks', (file) => {
    const imports = [...readFileSync(resolve(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.filter((path) => path?.includes('helpdesks'))).toEqual([]);
  });
});
