/** A point in the DOM, as a Range boundary: inside `node` at `offset` (characters for text, children otherwise). */
export interface DomPosition {
  node: Node;
  offset: number;
}

/**
 * One stretch of draft text and where it came from: characters copied one for one from a text node
 * (or a textarea's value), or line feeds standing for a `<br>` (one) or a block boundary (two: a
 * blank line, see read-text.ts), anchored where that element starts or its block ends.
 */
export type PositionSegment =
  | { kind: 'text'; start: number; length: number; node: Node; nodeOffset: number }
  | { kind: 'break'; start: number; length: 1 | 2; anchor: { node: Node; at: 'before' | 'end' } };

/**
 * Maps offsets in the draft text back to DOM positions, so a finding's words can be highlighted in
 * the editor or selected there for a fix.
 * Offsets are UTF-16 code units, like the engine's.
 */
export class DraftPositions {
  constructor(
    readonly segments: readonly PositionSegment[],
    readonly textLength: number,
  ) {}

  /** The DOM position just before the draft character at `offset` (or just after the last one). */
  domPositionAt(offset: number): DomPosition | undefined {
    if (offset < 0 || offset > this.textLength || this.segments.length === 0) return undefined;
    const index = this.segmentIndexAt(offset);
    const segment = this.segments[index]!;
    const delta = offset - segment.start;
    if (segment.kind === 'text') return { node: segment.node, offset: segment.nodeOffset + Math.min(delta, segment.length) };
    if (delta === 0) return anchorPosition(segment.anchor);
    // After a line feed (the first of a blank line too): where the next stretch starts.
    const next = this.segments[index + 1];
    if (next) return next.kind === 'text' ? { node: next.node, offset: next.nodeOffset } : anchorPosition(next.anchor);
    return anchorPosition(segment.anchor);
  }

  /**
   * Where a range that ends at `offset` ends: just after the character before it, in that character's
   * own node. (`domPositionAt` would give the start of whatever follows, possibly the next paragraph.)
   */
  domPositionAfter(offset: number): DomPosition | undefined {
    if (offset <= 0 || offset > this.textLength || this.segments.length === 0) return this.domPositionAt(offset);
    const segment = this.segments[this.segmentIndexAt(offset - 1)]!;
    if (segment.kind === 'text') return { node: segment.node, offset: segment.nodeOffset + (offset - segment.start) };
    return this.domPositionAt(offset);
  }

  /** The last segment that starts at or before `offset` (binary search: drafts can be long). */
  private segmentIndexAt(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.segments[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

function anchorPosition(anchor: { node: Node; at: 'before' | 'end' }): DomPosition {
  if (anchor.at === 'end') return { node: anchor.node, offset: anchor.node.childNodes.length };
  const parent = anchor.node.parentNode;
  if (!parent) return { node: anchor.node, offset: 0 };
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, anchor.node) };
}
