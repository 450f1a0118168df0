import { DraftPositions, type PositionSegment } from './draft-positions';
import { INVISIBLE_CHARACTER } from './invisible-characters';
import { NOT_TEXT_IN_ANY_LIBRARY } from './libraries';

/** Never read: not text the agent or the customer wrote (hidden helpers, editor placeholders). */
const NEVER_READ = ['script', 'style', 'template', 'noscript', '[hidden]', '[aria-hidden="true"]', NOT_TEXT_IN_ANY_LIBRARY].join(',');

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);

export interface ReadTextOptions {
  /** Keep every space and line feed as typed (editors styled `white-space: pre-wrap`, like ProseMirror and Slate). */
  preserveWhitespace?: boolean;
  /** Extra elements to leave out, e.g. quoted history (`blockquote`) in a customer's message. */
  skip?: string;
}

export interface ReadTextResult {
  text: string;
  positions: DraftPositions;
}

/**
 * The text a person sees in an element, with a map from each character back to the DOM. Like
 * `innerText` but without layout (fast, works in happy-dom) and with placeholders, invisible
 * characters and trailing filler `<br>`s left out.
 *
 * The paragraph contract with the engine, whose text model starts a paragraph after a blank line:
 * - a boundary between blocks (paragraphs, list items, divs, table cells, headings) is a BLANK LINE,
 *   "\n\n", whatever the markup, so a paragraph the agent made with Enter is a paragraph to the engine;
 * - a `<br>` inside a block (a line break, Shift+Enter) is a single "\n": the same paragraph;
 * - an empty block that shows as an empty line (`<p><br></p>`) is an empty line between two
 *   boundaries ("a\n\n\n\nb"); an empty block that shows nothing (`<p></p>`) adds nothing;
 * - nothing before the first line or after the last: no boundary without text on both sides, except
 *   around a visible empty line.
 * Both characters of a boundary map to the DOM (`DraftPositions`): the first to where the block
 * ends, the second to where the next one starts, so highlights and fixes land on the words.
 */
export function readText(root: Node, options: ReadTextOptions = {}): ReadTextResult {
  const skip = options.skip ? `${NEVER_READ},${options.skip}` : NEVER_READ;
  const builder = new LineBuilder(options.preserveWhitespace ?? false);
  const visit = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        builder.addText(node as Text);
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (element.matches(skip)) continue;
        if (element.tagName === 'BR') {
          builder.addLineBreak(element);
        } else if (BLOCK_ELEMENTS.has(element.tagName)) {
          builder.endBlock({ node: element, at: 'before' });
          visit(element);
          builder.endBlock({ node: element, at: 'end' });
        } else {
          visit(element);
        }
      }
    }
  };
  visit(root);
  builder.endBlock({ node: root, at: 'end' });
  return { text: builder.text(), positions: new DraftPositions(builder.segments, builder.length) };
}

type BreakAnchor = Extract<PositionSegment, { kind: 'break' }>['anchor'];

/** Collects text line by line, deciding where line feeds go only once the next content shows up. */
class LineBuilder {
  readonly segments: PositionSegment[] = [];
  length = 0;
  private readonly chunks: string[] = [];
  /** A block boundary was crossed after some line: a blank line goes before any further content. */
  private pendingBlockBreak: BreakAnchor | null = null;
  /** A `<br>` whose line feed counts only if content follows it in the same block. */
  private pendingBr: Element | null = null;
  private hasAnyLine = false;
  /** Collapsed whitespace, written only when visible content follows on the same line. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lastChar = '';

  constructor(private readonly preserveWhitespace: boolean) {}

  text(): string {
    return this.chunks.join('');
  }

  addLineBreak(br: Element): void {
    this.pendingSpace = null;
    if (this.pendingBr) this.flushPendingBr();
    else this.flushBlockBreak();
    this.pendingBr = br;
    this.hasAnyLine = true;
  }

  endBlock(anchor: BreakAnchor): void {
    // A <br> that ends its block only keeps the line open (editors add one to every empty paragraph):
    // the line it ends was already started, so it adds no line feed of its own.
    this.pendingBr = null;
    this.pendingSpace = null;
    if (this.hasAnyLine && !this.pendingBlockBreak) this.pendingBlockBreak = anchor;
  }

  addText(node: Text): void {
    const data = node.data;
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const char = data[i]!;
      const invisible = INVISIBLE_CHARACTER.test(char);
      const collapsible = !invisible && !this.preserveWhitespace && (char === ' ' || char === '\n' || char === '\t' || char === '\r');
      if (invisible || collapsible) {
        if (runStart >= 0) this.closeRun(node, runStart, i);
        runStart = -1;
        // Rendered HTML shows a run of whitespace as one space, and none at the start or end of a line:
        // keep one, and write it only if something visible follows on the same line.
        if (collapsible && !this.pendingSpace && this.lastChar !== ' ' && !this.atLineStart()) this.pendingSpace = { node, offset: i };
        continue;
      }
      if (runStart < 0) {
        this.beforeContent();
        runStart = i;
      }
      this.chunks.push(char === '\u00A0' ? ' ' : char);
      this.length += 1;
      // A non-breaking space does not swallow a following space, so remember it as itself.
      this.lastChar = char;
    }
    if (runStart >= 0) this.closeRun(node, runStart, data.length);
  }

  private atLineStart(): boolean {
    return this.length === 0 || this.lastChar === '\n' || this.pendingBlockBreak !== null || this.pendingBr !== null;
  }

  private closeRun(node: Text, from: number, to: number): void {
    this.segments.push({ kind: 'text', start: this.length - (to - from), length: to - from, node, nodeOffset: from });
    this.hasAnyLine = true;
  }

  private beforeContent(): void {
    if (this.pendingBr) this.flushPendingBr();
    else this.flushBlockBreak();
    const space = this.pendingSpace;
    if (space) {
      this.pendingSpace = null;
      this.segments.push({ kind: 'text', start: this.length, length: 1, node: space.node, nodeOffset: space.offset });
      this.chunks.push(' ');
      this.length += 1;
      this.lastChar = ' ';
    }
  }

  private flushPendingBr(): void {
    const br = this.pendingBr;
    if (!br) return;
    this.pendingBr = null;
    this.flushBlockBreak();
    this.pushBreak({ node: br, at: 'before' }, '\n');
  }

  private flushBlockBreak(): void {
    if (!this.pendingBlockBreak) return;
    this.pushBreak(this.pendingBlockBreak, '\n\n');
    this.pendingBlockBreak = null;
  }

  private pushBreak(anchor: BreakAnchor, lineFeeds: '\n' | '\n\n'): void {
    this.segments.push({ kind: 'break', start: this.length, length: lineFeeds.length as 1 | 2, anchor });
    this.chunks.push(lineFeeds);
    this.length += lineFeeds.length;
    this.lastChar = '\n';
  }
}
