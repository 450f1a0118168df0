import type { ComposerKind } from '../../messaging/content-messages';
import { fieldText } from './field-text';
import { composerKindOfWords } from './kind-words';
import { ancestorsThroughFrames } from './page-tree';

// Controls that show the composer's current choice: a select, the selected tab, a pressed or checked
// button, a menu button or combobox showing its value.
const STATE_CONTROLS = [
  'select',
  '[role="tab"][aria-selected="true"]',
  '[aria-pressed="true"]',
  '[aria-checked="true"]',
  'input[type="radio"]:checked',
  'button[aria-haspopup]:not([aria-haspopup="false"])',
  '[role="combobox"]',
].join(', ');

/** How far above the editor its controls may be (the composer's box, its form, the page for an iframe editor). */
const COMPOSER_LEVELS = 9;

/**
 * Reply or note from the controls around the composer, nearest first: a select's chosen option and
 * value (`response` / "Comments (Not sent to requestors)"), the selected tab ("Comment"), a pressed
 * "Internal" button. Undefined when none says.
 */
export function composerFromControls(editor: Element): ComposerKind | undefined {
  const around = ancestorsThroughFrames(editor).slice(1, COMPOSER_LEVELS + 1);
  const seen = new Set<Element>();
  for (const ancestor of around) {
    for (const control of ancestor.querySelectorAll(STATE_CONTROLS)) {
      if (seen.has(control) || control.contains(editor)) continue;
      seen.add(control);
      const kind = composerKindOfWords(controlWords(control));
      if (kind) return kind;
    }
  }
  return undefined;
}

function controlWords(control: Element): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    return `${select.selectedOptions[0]?.text ?? ''} ${select.value}`;
  }
  const labels = control.tagName === 'INPUT' ? [...((control as HTMLInputElement).labels ?? [])] : [];
  return [...(labels.length ? labels : [control]).map((element) => fieldText(element)), control.getAttribute('aria-label'), control.getAttribute('value')].filter(Boolean).join(' ');
}
