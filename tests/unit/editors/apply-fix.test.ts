// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyFix } from '../../../lib/editors/apply-fix';
import { readDraft } from '../../../lib/editors/read-draft';

const DRAFT = 'Dear customer, the refund was processed.';
const range = { draft: DRAFT, start: 0, end: 'Dear customer'.length, expected: 'Dear customer' };

type Way = 'paste' | 'paste-later' | 'paste-blocked' | 'beforeinput' | 'beforeinput-uncancelled';

/**
 * An editor no record knows (no library class), with its own history: it takes only `ways`, replacing
 * its selection in the DOM itself, and logs every event it sees, in order.
 */
function unrecognisedEditor(ways: Way[]): { editor: HTMLElement; seen: string[] } {
  document.body.innerHTML = `<div class="redactor-editor" contenteditable="true"><p>${DRAFT}</p></div>`;
  const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  const seen: string[] = [];
  const replaceSelection = (text: string) => {
    const selected = document.getSelection()!.getRangeAt(0);
    selected.deleteContents();
    selected.insertNode(document.createTextNode(text));
  };
  editor.addEventListener('paste', (event) => {
    seen.push('paste');
    const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
    if (ways.includes('paste-blocked')) event.preventDefault();
    if (!ways.includes('paste') && !ways.includes('paste-later')) return;
    event.preventDefault();
    // A React editor on a busy machine may show it a render later.
    if (ways.includes('paste-later')) setTimeout(() => replaceSelection(text), 400);
    else replaceSelection(text);
  });
  editor.addEventListener('beforeinput', (event) => {
    const input = event as InputEvent;
    seen.push(`beforeinput:${input.inputType}`);
    if (ways.includes('beforeinput')) event.preventDefault();
    else if (!ways.includes('beforeinput-uncancelled')) return;
    replaceSelection(input.data ?? '');
  });
  return { editor, seen };
}

const execCommand = document.execCommand;
afterEach(() => {
  document.body.innerHTML = '';
  document.execCommand = execCommand;
});

describe('applying a fix in an editor no record recognises', () => {

  it.each<[string, Way[], string[]]>([
    ['takes a paste: nothing else is tried', ['paste'], ['paste']],
    ['takes beforeinput only: after a paste it ignored', ['beforeinput'], ['paste', 'beforeinput:insertReplacementText']],
    ['takes beforeinput without cancelling it (Trix)', ['beforeinput-uncancelled'], ['paste', 'beforeinput:insertReplacementText']],
  ])('%s', async (_name, ways, events) => {
    const { editor, seen } = unrecognisedEditor(ways);
    expect(await applyFix(editor, range, 'Hi Maria')).toEqual({ ok: true });
    expect(readDraft(editor).text).toBe(DRAFT.replace('Dear customer', 'Hi Maria'));
    expect(seen).toEqual(events);
  });

  it('falls back to the browser’s editing command only when neither event took effect, after both were tried', async () => {
    const { editor, seen } = unrecognisedEditor([]);
    const commands: string[] = [];
    document.execCommand = (command: string) => {
      commands.push(`${command}:${seen.join(',')}`);
      return false;
    };
    expect(await applyFix(editor, range, 'Hi Maria')).toEqual({ ok: false, reason: 'editor-refused' });
    expect(commands).toEqual(['insertText:paste,beforeinput:insertReplacementText']);
    expect(readDraft(editor).text).toBe(DRAFT);
  });
});
