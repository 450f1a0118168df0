import type { Frame } from 'playwright-core';

/** One underline as the page shows it: its highlight name (or the overlay's line), words and rectangles. */
export interface ShownUnderline {
  /** `reply-coach-error|warning|info` for the highlight API, `overlay` for lines drawn by the overlay. */
  source: string;
  /** The underlined words (highlight API ranges only; drawn lines carry their rule id instead). */
  words?: string;
  ruleId?: string;
  rects: { left: number; top: number; width: number; height: number }[];
}

/**
 * What Reply Coach underlines in a frame, read from outside the extension, the way other tools would:
 * the page's `CSS.highlights` registry (names starting with "reply-coach") and the lines drawn in the
 * open shadow root of `<reply-coach-overlay>`.
 */
export function underlinesIn(frame: Frame): Promise<ShownUnderline[]> {
  return frame.evaluate(() => {
    const rectsOf = (list: Iterable<DOMRect>) => [...list].map(({ left, top, width, height }) => ({ left, top, width, height }));
    const shown: { source: string; words?: string; ruleId?: string; rects: { left: number; top: number; width: number; height: number }[] }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('reply-coach-') || name === 'reply-coach-active') continue;
      for (const range of highlight as unknown as Iterable<Range>) shown.push({ source: name, words: range.toString(), rects: rectsOf(range.getClientRects()) });
    }
    const overlay = document.querySelector('reply-coach-overlay')?.shadowRoot;
    for (const line of overlay?.querySelectorAll<HTMLElement>('[data-underline]') ?? []) {
      shown.push({ source: 'overlay', ruleId: line.dataset.ruleId ?? '', rects: rectsOf([line.getBoundingClientRect()]) });
    }
    return shown;
  });
}

/**
 * The rectangles of `words` in the editor, found by the test itself: in a rich editor, a Range around
 * the first place the text nodes spell them; in a textarea, the words measured on a canvas with the
 * textarea's font, on their line (a draft on one line, without wrapping).
 */
export function wordRects(frame: Frame, editorSelector: string, words: string, occurrence = 0): Promise<{ left: number; top: number; width: number; height: number }[]> {
  return frame.locator(editorSelector).evaluate(
    (editor, { words, occurrence }) => {
      if (editor instanceof HTMLTextAreaElement) {
        const style = getComputedStyle(editor);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = editor.value.indexOf(words, at + 1);
        const box = editor.getBoundingClientRect();
        const left = box.left + editor.clientLeft + parseFloat(style.paddingLeft) + context.measureText(editor.value.slice(0, at)).width - editor.scrollLeft;
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        return [{ left, top: box.top + editor.clientTop + parseFloat(style.paddingTop) - editor.scrollTop, width: context.measureText(words).width, height: lineHeight }];
      }
      // The text nodes in order, and where the words start in their concatenation.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((node) => node.data.replace(/\u00A0/g, ' ')).join('');
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = joined.indexOf(words, at + 1);
      if (at === -1) return [];
      const range = document.createRange();
      let seen = 0;
      for (const node of nodes) {
        const next = seen + node.data.length;
        if (at >= seen && at < next) range.setStart(node, at - seen);
        if (at + words.length > seen && at + words.length <= next) {
          range.setEnd(node, at + words.length - seen);
          break;
        }
        seen = next;
      }
      return [...range.getClientRects()].filter((rect) => rect.width > 0).map(({ left, top, width, height }) => ({ left, top, width, height }));
    },
    { words, occurrence },
  );
}

/** Whether every rectangle of `shown` lies on one of `expected` (the same line, the same span, within `tolerance` px). */
export function liesOn(shown: readonly { left: number; top: number; width: number; height: number }[], expected: readonly { left: number; top: number; width: number; height: number }[], tolerance = 2): boolean {
  if (shown.length === 0 || expected.length === 0) return false;
  return shown.every((rect) =>
    expected.some(
      (words) =>
        Math.abs(rect.left - words.left) <= tolerance &&
        Math.abs(rect.left + rect.width - (words.left + words.width)) <= tolerance &&
        rect.top + rect.height >= words.top + words.height * 0.5 &&
        rect.top <= words.top + words.height * 0.5,
    ),
  );
}
