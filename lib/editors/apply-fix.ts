import type { DraftRange, EditorActionResult } from '../messaging/editor-actions';
import { insertThrough } from './input-paths';
import { editorLibraryOf } from './libraries';
import { readDraft } from './read-draft';
import { relocateRange } from './relocate-range';
import { sameVisibleText } from './same-visible-text';
import { selectDraftRange } from './select-draft-range';
import { waitFor } from './wait';

/**
 * How long the text may stay unchanged before a path counts as not taken, and the next one is tried:
 * after the browser's own command (an editor that reverts it does so within a task or two); after a
 * synthetic event an editor claimed by cancelling it (it shows the change a render later: React, a
 * busy machine — waiting long enough keeps the next path from landing a second copy; yet an editor may
 * claim one and drop it: CKEditor 5 in Firefox, whose paste arrives with an empty clipboard); after
 * one nobody claimed (an editor that takes an event without cancelling it showed it within 5 ms: Trix).
 */
const UNCHANGED_AFTER_MS = { command: 150, claimed: 500, unclaimed: 60 };
/** How long a change that is not yet the expected text may take to become it (delete, then insert). */
const SETTLED_AFTER_MS = 400;
const POLL_MS = 15;

/**
 * Replaces the words of `range` with `replacement` in `editor`, through the editor's own input path
 * so its model and undo history follow: re-reads the draft, finds the words again (or refuses, if the
 * agent changed them), selects them, then tries the paths that suit the editor until one changes the
 * text into exactly what is expected. Never writes to the DOM itself. `editedAt` is when the agent
 * last changed the draft (`performance.now()`).
 */
export async function applyFix(editor: HTMLElement, range: DraftRange, replacement: string, editedAt = -Infinity): Promise<EditorActionResult> {
  if (!editor.isConnected) return { ok: false, reason: 'no-editor' };
  const library = editorLibraryOf(editor);
  // Right after typing, some editors would make the fix and the last words one undo step.
  const groupingLeft = editedAt + library.undoGroupingMs - performance.now();
  if (groupingLeft > 0) await waitFor(groupingLeft);
  for (const path of library.inputPaths) {
    // Read again before every path: the editor may have re-rendered, or the agent typed meanwhile.
    const before = readDraft(editor).text;
    const target = relocateRange(before, range);
    if (!target) return { ok: false, reason: 'draft-changed' };
    if (!(await selectDraftRange(editor, target, range.expected))) return { ok: false, reason: 'draft-changed' };
    const wanted = before.slice(0, target.start) + replacement + before.slice(target.end);
    const claimed = insertThrough(path, editor, replacement);
    const taken = path === 'exec-command' ? 'command' : claimed ? 'claimed' : 'unclaimed';
    const outcome = await outcomeOf(editor, before, wanted, UNCHANGED_AFTER_MS[taken]);
    if (outcome === 'applied') return { ok: true };
    // Something else happened to the text: trying another path could apply the fix twice.
    if (outcome === 'changed') return { ok: false, reason: 'unexpected-change' };
  }
  return { ok: false, reason: 'editor-refused' };
}

/** Watches the editor's text until it is `wanted`, or long enough to say it stayed the same or went elsewhere. */
async function outcomeOf(editor: HTMLElement, before: string, wanted: string, unchangedAfterMs: number): Promise<'applied' | 'unchanged' | 'changed'> {
  const started = performance.now();
  for (;;) {
    const now = readDraft(editor).text;
    if (sameVisibleText(now, wanted)) return 'applied';
    const elapsed = performance.now() - started;
    if (now === before && elapsed >= unchangedAfterMs) return 'unchanged';
    if (now !== before && elapsed >= SETTLED_AFTER_MS) return 'changed';
    await waitFor(POLL_MS);
  }
}
