import type { ComposerKind } from '../../messaging/content-messages';
import { composerKindOfCodeWords } from './kind-words';
import { ancestorsThroughFrames } from './page-tree';
import { identityWords } from './words';

/** How many boxes around the editor may still be the composer's own. */
const COMPOSER_LEVELS = 8;

/**
 * Reply or note from how the markup names the boxes around the editor, nearest first: RT's
 * `action-private` / `action-response`, an `is-internal` composer, a `note-editor`.
 */
export function composerFromContainer(editor: Element): ComposerKind | undefined {
  for (const ancestor of ancestorsThroughFrames(editor).slice(0, COMPOSER_LEVELS)) {
    const kind = composerKindOfCodeWords(identityWords(ancestor));
    if (kind) return kind;
  }
  return undefined;
}
