import { fieldText } from './field-text';
import { documentsAround, nearestGroups } from './page-tree';

/** Words in navigation, on buttons or in menus ("Contact us") label nothing. */
const NOT_A_LABEL = 'a, button, nav, [role="navigation"], [role="menu"], select, option, script, style';

/** How many text nodes a page may have before a label search gives up (a huge page must not freeze typing). */
const MAX_TEXT_NODES = 20_000;

/**
 * The short texts of the pages around an editor (each a candidate label), collected once however many
 * strategies look for labels in one reading of the ticket.
 */
export class PageTexts {
  private collected: { text: string; element: Element }[] | undefined;

  constructor(private readonly editor: Element) {}

  all(): { text: string; element: Element }[] {
    if (this.collected) return this.collected;
    this.collected = [];
    for (const doc of documentsAround(this.editor)) {
      const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
      let seen = 0;
      for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
        const text = node.textContent?.trim() ?? '';
        const element = node.parentElement;
        if (text.length === 0 || text.length > 200 || !element || element.closest(NOT_A_LABEL)) continue;
        this.collected.push({ text, element });
      }
    }
    return this.collected;
  }
}

/**
 * Values the page labels with words matching `label` ("Requestors:", "To", "Subject"), nearest to the
 * editor first: the labelled control (`<label for>`), the `<dd>`/`<td>` after a `<dt>`/`<th>`, the
 * element after the label, or the rest of the label's own line ("To: Dana <dana@…>"). `label` must
 * match a whole line; its first group, when it has one, is the value on the same line.
 */
export function labelledValues(editor: Element, label: RegExp, texts = new PageTexts(editor)): LabelledValue[] {
  const labels: Element[] = [];
  const inline = new Map<Element, string>();
  for (const { text, element } of texts.all()) {
    const match = label.exec(text);
    if (!match) continue;
    labels.push(element);
    if (match[1]) inline.set(element, match[1]);
  }
  const values: LabelledValue[] = [];
  for (const { level, elements } of nearestGroups(editor, labels)) {
    for (const element of elements) {
      const value = inline.get(element) ?? fieldText(valueElement(element));
      if (value) values.push({ value, level });
    }
  }
  return values;
}

/** A labelled value, and how far up the editor's chain its label meets it (see nearestGroups). */
export interface LabelledValue {
  value: string;
  level: number;
}

function valueElement(label: Element): Element | undefined {
  const doc = label.ownerDocument;
  const forId = label.closest('label')?.getAttribute('for');
  if (forId) return doc.getElementById(forId) ?? undefined;
  const cell = label.closest('dt, th');
  if (cell) return nextSibling(cell, cell.tagName === 'DT' ? 'DD' : 'TD');
  // "<span>Requester</span><span>Dana</span>", or the label alone in its box and the value in the next.
  return label.nextElementSibling ?? (label.parentElement?.children.length === 1 ? label.parentElement.nextElementSibling : null) ?? undefined;
}

function nextSibling(element: Element, tagName: string): Element | undefined {
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) if (sibling.tagName === tagName) return sibling;
  return undefined;
}
