/** The name of our entry in the page's highlight registry, as the stylesheet refers to it. */
export const HIGHLIGHT_NAME = 'reply-coach';

// Amber under the text and a line beneath, readable on light and dark editors alike.
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(250 204 21 / 0.45); text-decoration: underline 2px rgb(217 119 6); }`;

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
  CSSStyleSheet: typeof CSSStyleSheet;
}

/**
 * Shows a finding's words in the page with the CSS Custom Highlight API: the browser paints over the
 * range, and nothing is added to the editor's DOM (editors treat any foreign node as content). The
 * one style rule goes on the document as a constructed stylesheet, outside the editor too.
 */
export class DraftHighlighter {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly doc: Document) {}

  /** False where the browser has no Custom Highlight API (Firefox before 140). */
  show(range: Range): boolean {
    const view = this.doc.defaultView as unknown as HighlightWindow | null;
    const registry = view?.CSS?.highlights;
    if (!view?.Highlight || !registry) return false;
    this.addStyle(view);
    registry.set(HIGHLIGHT_NAME, new view.Highlight(range));
    scrollIntoView(range);
    return true;
  }

  clear(): void {
    const view = this.doc.defaultView as unknown as HighlightWindow | null;
    view?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
  }

  private addStyle(view: HighlightWindow): void {
    if (this.sheet && this.doc.adoptedStyleSheets.includes(this.sheet)) return;
    try {
      this.sheet ??= new view.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
      // Added to what the page adopted, never replacing it; re-added if the page resets the list.
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    } catch {
      // A content script's sheet may not be adoptable by the page (Firefox's isolated world): a
      // <style> in the head does the same job, still outside the editor.
      if (this.doc.getElementById('reply-coach-highlight-style')) return;
      const style = this.doc.createElement('style');
      style.id = 'reply-coach-highlight-style';
      style.textContent = HIGHLIGHT_CSS;
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }
}

/** Brings the words into view in every scrolling box around them, moving as little as possible. */
function scrollIntoView(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
