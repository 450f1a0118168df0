import type { Severity } from '../rules/vocabulary';
import type { Box } from './textarea-mirror';

/** The page's highlight registry names: every one starts with "reply-coach" (a contract other tools check). */
export const UNDERLINE_NAMES: Record<Severity, string> = { error: 'reply-coach-error', warning: 'reply-coach-warning', info: 'reply-coach-info' };
/** The words of the finding whose card is open. */
export const ACTIVE_NAME = 'reply-coach-active';

// Severity colours that read on light and dark editors; a wavy line for what is wrong, dotted for tips.
export const SEVERITY_COLORS: Record<Severity, string> = { error: '#dc2626', warning: '#d97706', info: '#2563eb' };

export const HIGHLIGHT_CSS = [
  `::highlight(${UNDERLINE_NAMES.error}) { text-decoration: underline wavy ${SEVERITY_COLORS.error}; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }`,
  `::highlight(${UNDERLINE_NAMES.warning}) { text-decoration: underline wavy ${SEVERITY_COLORS.warning}; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }`,
  `::highlight(${UNDERLINE_NAMES.info}) { text-decoration: underline dotted ${SEVERITY_COLORS.info}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }`,
  `::highlight(${ACTIVE_NAME}) { background-color: rgb(250 204 21 / 0.35); }`,
].join('\n');

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => { priority: number };
  CSSStyleSheet: typeof CSSStyleSheet;
}

const PRIORITY: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * Underlines with the CSS Custom Highlight API: the browser paints the ranges, nothing is added to the
 * editor's DOM, and the ranges are live, so the underlines move with the text as the agent types.
 */
export class HighlightPainter {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly doc: Document) {}

  /** Whether this page's browser has the API (Chromium 105+, Firefox 140+). */
  static availableIn(doc: Document): boolean {
    const view = doc.defaultView as unknown as HighlightWindow | null;
    return Boolean(view?.Highlight && view.CSS?.highlights);
  }

  paint(underlines: readonly { range: Range; severity: Severity }[], active: Range | undefined): void {
    const view = this.doc.defaultView as unknown as HighlightWindow | null;
    const registry = view?.CSS?.highlights;
    if (!view?.Highlight || !registry) return;
    this.addStyle(view);
    for (const severity of Object.keys(UNDERLINE_NAMES) as Severity[]) {
      const ranges = underlines.filter((underline) => underline.severity === severity).map((underline) => underline.range);
      if (ranges.length === 0) {
        registry.delete(UNDERLINE_NAMES[severity]);
        continue;
      }
      const highlight = new view.Highlight(...ranges);
      highlight.priority = PRIORITY[severity];
      registry.set(UNDERLINE_NAMES[severity], highlight);
    }
    if (active) registry.set(ACTIVE_NAME, new view.Highlight(active));
    else registry.delete(ACTIVE_NAME);
  }

  clear(): void {
    const registry = (this.doc.defaultView as unknown as HighlightWindow | null)?.CSS?.highlights;
    for (const name of [...Object.values(UNDERLINE_NAMES), ACTIVE_NAME]) registry?.delete(name);
  }

  private addStyle(view: HighlightWindow): void {
    if (this.sheet && this.doc.adoptedStyleSheets.includes(this.sheet)) return;
    try {
      this.sheet ??= new view.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
      // Added to what the page adopted, never replacing it; added again if the page resets the list.
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    } catch {
      // Firefox's content scripts make sheets the page cannot adopt: a <style> in the head, outside the editor.
      if (this.doc.getElementById('reply-coach-underline-style')) return;
      const style = this.doc.createElement('style');
      style.id = 'reply-coach-underline-style';
      style.textContent = HIGHLIGHT_CSS;
      (this.doc.head ?? this.doc.documentElement).append(style);
    }
  }
}

/** One underline drawn by the overlay: where, how bad, and which finding (for tools and tests). */
export interface DrawnUnderline {
  box: Box;
  severity: Severity;
  ruleId: string;
  active: boolean;
}

/**
 * Underlines drawn as lines in our own overlay, from the words' rectangles: for a textarea (its text is
 * not in the DOM, so the highlight API cannot reach it) and for browsers without the API. Redrawn when
 * the page scrolls or resizes.
 */
export class BoxPainter {
  private readonly layer: HTMLElement;

  constructor(root: ShadowRoot) {
    this.layer = root.ownerDocument.createElement('div');
    this.layer.className = 'underlines';
    root.append(this.layer);
  }

  paint(underlines: readonly DrawnUnderline[]): void {
    const doc = this.layer.ownerDocument;
    const lines = underlines.map(({ box, severity, ruleId, active }) => {
      const line = doc.createElement('div');
      line.className = `underline underline--${severity}${active ? ' underline--active' : ''}`;
      line.dataset.underline = '';
      line.dataset.ruleId = ruleId;
      line.dataset.severity = severity;
      const style = line.style;
      style.left = `${box.left}px`;
      style.top = `${box.top}px`;
      style.width = `${box.width}px`;
      style.height = `${box.height}px`;
      return line;
    });
    this.layer.replaceChildren(...lines);
  }

  clear(): void {
    this.layer.replaceChildren();
  }
}

/** The overlay's own styles for drawn underlines (they sit on the words' boxes, a line along the bottom). */
export const BOX_CSS = `
.underline { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid; }
.underline--error { border-bottom-color: ${SEVERITY_COLORS.error}; }
.underline--warning { border-bottom-color: ${SEVERITY_COLORS.warning}; }
.underline--info { border-bottom-style: dotted; border-bottom-color: ${SEVERITY_COLORS.info}; }
.underline--active { background: rgb(250 204 21 / 0.3); }
`;
