/** The properties that decide where a textarea's characters are laid out. */
const LAYOUT_PROPERTIES = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'white-space',
  'word-break',
  'overflow-wrap',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

/** A rectangle in the viewport's coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where characters of a textarea are on screen. A textarea's text is not in the DOM, so there is no
 * Range to ask: an invisible copy of it (same width, font, padding and wrapping) is laid out in our
 * own shadow root, the range of the characters measured there and moved onto the textarea, less its
 * scroll. The textarea itself is only read.
 */
export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly text: Text;

  constructor(container: ShadowRoot) {
    const doc = container.ownerDocument;
    this.box = doc.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    const style = this.box.style;
    style.position = 'absolute';
    style.visibility = 'hidden';
    style.top = '0';
    style.left = '0';
    style.border = '0';
    style.margin = '0';
    this.text = doc.createTextNode('');
    this.box.append(this.text);
    container.append(this.box);
  }

  /** The boxes of characters `start`..`end` of `textarea.value`, clipped to what the textarea shows. */
  boxes(textarea: HTMLTextAreaElement, start: number, end: number): Box[] {
    const view = textarea.ownerDocument.defaultView;
    if (!view) return [];
    const computed = view.getComputedStyle(textarea);
    const style = this.box.style;
    for (const property of LAYOUT_PROPERTIES) style.setProperty(property, computed.getPropertyValue(property));
    // The text wraps in the textarea's client width (without its scroll bar); measured as content-box.
    style.boxSizing = 'content-box';
    const paddingX = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
    style.width = `${Math.max(0, textarea.clientWidth - paddingX)}px`;
    // A final line break takes a line in a textarea; a trailing space keeps it in the copy too.
    const value = `${textarea.value} `;
    if (this.text.data !== value) this.text.data = value;

    const range = textarea.ownerDocument.createRange();
    range.setStart(this.text, Math.min(start, value.length));
    range.setEnd(this.text, Math.min(end, value.length));
    const origin = this.box.getBoundingClientRect();
    const frame = textarea.getBoundingClientRect();
    const clientLeft = frame.left + textarea.clientLeft;
    const clientTop = frame.top + textarea.clientTop;
    const shown = { left: clientLeft, top: clientTop, right: clientLeft + textarea.clientWidth, bottom: clientTop + textarea.clientHeight };
    const boxes: Box[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 && start !== end) continue;
      const left = clientLeft + (rect.left - origin.left) - textarea.scrollLeft;
      const top = clientTop + (rect.top - origin.top) - textarea.scrollTop;
      const clipped = clip({ left, top, width: rect.width, height: rect.height }, shown);
      if (clipped) boxes.push(clipped);
    }
    return boxes;
  }

  remove(): void {
    this.box.remove();
  }
}

function clip(box: Box, area: { left: number; top: number; right: number; bottom: number }): Box | undefined {
  const left = Math.max(box.left, area.left);
  const top = Math.max(box.top, area.top);
  const right = Math.min(box.left + box.width, area.right);
  const bottom = Math.min(box.top + box.height, area.bottom);
  // A line scrolled half out of the textarea is not underlined: its underline would sit on the border.
  if (bottom - top < box.height * 0.6 || right < left) return undefined;
  return { left, top, width: right - left, height: bottom - top };
}
