import { applyFix } from '../editors/apply-fix';
import type { DraftPositions } from '../editors/draft-positions';
import { deepActiveElement, isTextArea } from '../editors/editable';
import { readDraft } from '../editors/read-draft';
import type { ContentMessage } from '../messaging/content-messages';
import type { PageFinding, PageFindings } from '../messaging/editor-actions';
import { fixFailed } from '../panel/notices';
import type { Severity } from '../rules/vocabulary';
import { COUNT_CSS, CountPill } from './count-pill';
import { FindingCard } from './finding-card';
import { type Mark, isInText, isUnderlined, moveMarks, nextMark, placeFindings } from './marks';
import { attachOverlayHost, keepAttached } from './overlay-host';
import { APPLY_FIX_KEYS, isPressed, NEXT_FINDING_KEYS } from './shortcuts';
import { caretOffset, comparable, domRangeOf, editorBox, wordBoxes } from './editor-geometry';
import { type Box, TextareaMirror } from './textarea-mirror';
import { BOX_CSS, BoxPainter, HighlightPainter } from './underline-painter';

/** The overlay's host element (drawn underlines and the count): outside the editor, like the card's. */
export const OVERLAY_TAG = 'reply-coach-overlay';

/** The editor the page reads now (editor-tracker's latest reading). */
export interface EditorReading {
  editor: HTMLElement;
  draft: string;
  positions: DraftPositions;
  /** When its text last changed (`performance.now()`), for the editors' undo grouping. */
  changedAt: number;
}

export interface InPageCoachOptions {
  /** The document of the editor (this frame's). */
  doc: Document;
  current(): EditorReading | undefined;
  send(message: ContentMessage): void;
  signal: AbortSignal;
}

/** Resting the pointer on underlined words this long opens their card. */
const HOVER_OPEN_MS = 450;
/** A card opened by resting stays this long after the pointer left words and card. */
const HOVER_CLOSE_MS = 350;

type CardMode = 'click' | 'hover' | 'keyboard';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Coaching in the editor itself: the open findings underlined where their words are (CSS Custom
 * Highlight API, or lines drawn from the words' rectangles for a textarea and browsers without it),
 * a card beside the words (click, or rest the pointer on them), keyboard shortcuts to go to the next
 * finding and apply its fix, and the count at the editor's corner. Nothing is added to the editor's
 * DOM; fixes go through the same path as the panel's (lib/editors/apply-fix.ts), so the editor's
 * own undo reverts them.
 */
export class InPageCoach {
  /** Unknown until the settings are read: nothing is drawn before. */
  private enabled = false;
  private latest: PageFindings | null = null;
  private marks: Mark[] = [];
  private reading: EditorReading | undefined;
  /** Findings the agent just fixed or dismissed here, hidden until the background's list agrees. */
  private readonly gone = new Set<string>();
  private readonly highlights: HighlightPainter;
  private overlay: { host: HTMLElement; boxes: BoxPainter; count: CountPill; mirror: TextareaMirror } | undefined;
  /** The card, the findings it shows, how it was opened, and which line of their words it sits under. */
  private card: { view: FindingCard; keys: string[]; mode: CardMode; line: number } | undefined;
  /** Boxes of the underlines drawn by the overlay, for finding the words under the pointer. */
  private drawn: { mark: Mark; boxes: Box[] }[] = [];
  private layoutFrame = 0;
  /** The page scrolled or resized since the last layout. */
  private moved = false;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPointer: { x: number; y: number; overCard: boolean } | undefined;
  private pointerFrame = 0;
  /** The highlight API's ranges as painted, with the words each one must hold, and what they show. */
  private painted: { range: Range; words: string }[] = [];
  private paintedSignature = '';
  /** Watches the editor's DOM: editors re-render text nodes, which can leave a painted range empty. */
  private readonly rendered = new MutationObserver(() => this.scheduleRepair());
  private observed: HTMLElement | undefined;
  private repairFrame = 0;

  constructor(private readonly options: InPageCoachOptions) {
    this.highlights = new HighlightPainter(options.doc);
    const { doc, signal } = options;
    const view = doc.defaultView ?? window;
    const listen = <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, passive = true) =>
      view.addEventListener(type, listener, { capture: true, passive, signal });
    listen('keydown', (event) => this.onKey(event), false);
    listen('click', (event) => this.onClick(event));
    listen('pointermove', (event) => this.onPointerMove(event));
    listen('scroll', () => this.scheduleLayout(true));
    listen('resize', () => this.scheduleLayout(true));
    signal.addEventListener(
      'abort',
      () => {
        this.rendered.disconnect();
        this.clear();
      },
      { once: true },
    );
  }

  /** The agent's switch for this site (lib/settings/underlines.ts). */
  setEnabled(on: boolean): void {
    this.enabled = on;
    if (!on) this.clear();
    else this.render();
  }

  /** The background's open findings for the draft it analyzed. */
  showFindings(message: PageFindings): void {
    this.latest = message;
    const keys = new Set(message.findings.map((finding) => finding.key));
    for (const key of this.gone) if (!keys.has(key)) this.gone.delete(key);
    const editor = this.options.current()?.editor;
    if (!editor?.isConnected) return;
    const { text, positions } = readDraft(editor);
    this.reading = { editor, draft: text, positions, changedAt: this.options.current()?.changedAt ?? -Infinity };
    this.marks = placeFindings(
      message.findings.filter((finding) => !this.gone.has(finding.key)),
      message.draft,
      text,
    );
    this.render();
  }

  /** The editor's text changed (or another editor is read): the marks move with their words. */
  draftChanged(reading: EditorReading): void {
    const sameEditor = reading.editor === this.reading?.editor;
    this.marks = sameEditor && this.reading ? moveMarks(this.marks, this.reading.draft, reading.draft) : [];
    if (!sameEditor) this.latest = null;
    this.reading = reading;
    this.render();
  }

  editorLost(): void {
    this.latest = null;
    this.marks = [];
    this.reading = undefined;
    this.clear();
  }

  private clear(): void {
    this.highlights.clear();
    this.painted = [];
    this.paintedSignature = '';
    this.closeCard(false);
    this.overlay?.host.remove();
    this.overlay = undefined;
    this.drawn = [];
  }

  private render(): void {
    const reading = this.reading;
    if (!this.enabled || !reading?.editor.isConnected) {
      this.highlights.clear();
      this.painted = [];
      this.paintedSignature = '';
      this.overlay?.boxes.clear();
      this.overlay?.count.hide();
      this.drawn = [];
      if (this.card) this.closeCard(false);
      return;
    }
    const overlay = this.ensureOverlay();
    const activeKeys = new Set(this.card?.keys ?? []);
    const underlined = this.marks.filter(isUnderlined);
    if (this.drawsBoxes(reading.editor)) {
      this.highlights.clear();
      this.drawBoxes(underlined, activeKeys);
    } else {
      overlay.boxes.clear();
      this.drawn = [];
      this.paintHighlights(reading, underlined, activeKeys);
    }
    // The numbers now; where the count and the card go, once per frame (that needs the page's layout).
    const open = (this.latest?.findings ?? []).filter((finding) => !this.gone.has(finding.key));
    overlay.count.show(
      open.length,
      open.reduce<Severity | undefined>((worse, finding) => (!worse || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worse] ? finding.severity : worse), undefined),
    );
    if (this.card && !this.marks.some((mark) => this.card!.keys.includes(mark.finding.key))) this.closeCard(this.card.view.hasFocus());
    this.scheduleLayout();
  }

  /**
   * Registers the underlines with the page's highlight registry, unless what is painted already shows
   * them: the ranges are live and move with the text, so while the agent types elsewhere nothing is
   * repainted (a new registration makes the browser repaint every highlight, on every keystroke).
   */
  private paintHighlights(reading: EditorReading, underlined: readonly Mark[], activeKeys: ReadonlySet<string>): void {
    const wanted = underlined.map((mark) => ({ mark, words: reading.draft.slice(mark.start, mark.end) }));
    const signature = [...wanted.map(({ mark, words }) => `${mark.finding.key}\u0001${words}`), ...activeKeys].join('\u0002');
    if (signature === this.paintedSignature && this.painted.every(({ range, words }) => comparable(range.toString()) === comparable(words))) return;
    const ranges = wanted.flatMap(({ mark, words }) => {
      const range = domRangeOf(this.options.doc, reading.positions, mark);
      return range ? [{ range, words, severity: mark.finding.severity, key: mark.finding.key }] : [];
    });
    this.highlights.paint(ranges, ranges.find((entry) => activeKeys.has(entry.key))?.range);
    this.painted = ranges;
    this.paintedSignature = signature;
    this.observe(reading.editor);
  }

  private observe(editor: HTMLElement): void {
    if (this.observed === editor) return;
    this.rendered.disconnect();
    this.rendered.observe(editor, { childList: true, subtree: true, characterData: true });
    this.observed = editor;
  }

  /**
   * After the editor changed its DOM: when a painted range no longer holds its words (the editor
   * replaced the text node, or the agent typed), the marks are placed again on a fresh reading, in the
   * same frame, without waiting for the next analysis.
   */
  private scheduleRepair(): void {
    if (this.repairFrame || this.painted.length === 0) return;
    this.repairFrame = (this.options.doc.defaultView ?? window).requestAnimationFrame(() => {
      this.repairFrame = 0;
      const reading = this.reading;
      if (!reading?.editor.isConnected || !this.enabled) return;
      if (this.painted.every(({ range, words }) => comparable(range.toString()) === comparable(words))) return;
      const { text, positions } = readDraft(reading.editor);
      this.marks = moveMarks(this.marks, reading.draft, text);
      this.reading = { ...reading, draft: text, positions };
      this.render();
    });
  }

  /**
   * Where the count and the card go, once per frame; after a scroll or resize (`moved`) the drawn
   * lines too (the highlight API's follow by themselves).
   */
  private scheduleLayout(moved = false): void {
    this.moved ||= moved;
    if (this.layoutFrame || !this.reading || !this.enabled) return;
    const view = this.options.doc.defaultView ?? window;
    this.layoutFrame = view.requestAnimationFrame(() => {
      this.layoutFrame = 0;
      const reading = this.reading;
      if (!reading || !this.enabled) return;
      if (this.moved && this.drawsBoxes(reading.editor)) this.drawBoxes(this.marks.filter(isUnderlined), new Set(this.card?.keys ?? []));
      this.moved = false;
      this.layoutCountAndCard();
    });
  }

  private drawsBoxes(editor: HTMLElement): boolean {
    return isTextArea(editor) || !HighlightPainter.availableIn(this.options.doc);
  }

  private drawBoxes(underlined: readonly Mark[], activeKeys: ReadonlySet<string>): void {
    const overlay = this.ensureOverlay();
    this.drawn = underlined.map((mark) => ({ mark, boxes: this.boxesOf(mark) }));
    overlay.boxes.paint(
      this.drawn.flatMap(({ mark, boxes }) => boxes.map((box) => ({ box, severity: mark.finding.severity, ruleId: mark.finding.ruleId, active: activeKeys.has(mark.finding.key) }))),
    );
  }

  private layoutCountAndCard(): void {
    const overlay = this.overlay;
    const reading = this.reading;
    if (!overlay || !reading) return;
    keepAttached(this.options.doc, overlay.host);
    overlay.count.place(editorBox(this.options.doc, reading.editor));
    const shown = this.card && this.marks.find((mark) => this.card!.keys.includes(mark.finding.key));
    const at = shown && this.anchorOf(shown, this.card!.line);
    if (at) this.card!.view.place(at);
  }

  private ensureOverlay(): NonNullable<InPageCoach['overlay']> {
    if (this.overlay) return this.overlay;
    const { host, root } = attachOverlayHost(this.options.doc, OVERLAY_TAG, `${BOX_CSS}\n${COUNT_CSS}`);
    this.overlay = {
      host,
      boxes: new BoxPainter(root),
      count: new CountPill(root, () => this.options.send({ type: 'open-panel' })),
      mirror: new TextareaMirror(root),
    };
    return this.overlay;
  }

  /** The words' rectangles on screen now. */
  private boxesOf(mark: Mark): Box[] {
    return this.reading ? wordBoxes(this.options.doc, this.reading, mark, this.overlay?.mirror) : [];
  }

  /** Where the card goes: under the words' first line, or at the place a missing thing belongs. */
  private anchorOf(mark: Mark, line = 0): Box | undefined {
    const boxes = this.boxesOf(mark);
    if (boxes.length > 0) return boxes[Math.min(line, boxes.length - 1)];
    const editor = this.reading && editorBox(this.options.doc, this.reading.editor);
    return editor && { left: editor.left, top: editor.top, width: 0, height: 0 };
  }

  private marksAt(x: number, y: number): Mark[] {
    const reading = this.reading;
    if (!reading || !this.enabled) return [];
    const editor = editorBox(this.options.doc, reading.editor);
    if (x < editor.left || x > editor.left + editor.width || y < editor.top || y > editor.top + editor.height) return [];
    const candidates = this.drawsBoxes(reading.editor) ? this.drawn : this.marks.filter(isUnderlined).map((mark) => ({ mark, boxes: this.boxesOf(mark) }));
    return candidates
      .filter(({ boxes }) => boxes.some((box) => x >= box.left && x <= box.left + box.width && y >= box.top - 2 && y <= box.top + box.height + 2))
      .map(({ mark }) => mark)
      .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity]);
  }

  private openCard(marks: readonly Mark[], mode: CardMode, line = 0): void {
    const reading = this.reading;
    const first = marks[0];
    if (!reading || !first) return;
    const anchor = this.anchorOf(first, line);
    if (!anchor) return;
    if (!this.card) {
      const view = new FindingCard(this.options.doc, { apply: (finding) => void this.apply(finding), dismiss: (finding) => this.dismiss(finding) });
      view.host.addEventListener('pointerleave', () => this.card?.mode === 'hover' && this.scheduleHoverClose(), { signal: this.options.signal });
      this.card = { view, keys: [], mode, line };
    }
    this.card.keys = marks.map((mark) => mark.finding.key);
    this.card.mode = mode;
    this.card.line = line;
    this.card.view.show(
      marks.map((mark) => ({ finding: mark.finding, words: reading.draft.slice(mark.start, mark.end) })),
      anchor,
    );
    this.render();
    if (mode === 'keyboard') this.card.view.focus();
  }

  private closeCard(returnFocus: boolean): void {
    clearTimeout(this.hoverTimer);
    if (!this.card) return;
    this.card.view.remove();
    this.card = undefined;
    if (returnFocus) this.reading?.editor.focus({ preventScroll: true });
    this.render();
  }

  private async apply(finding: PageFinding): Promise<void> {
    const reading = this.reading;
    const mark = this.marks.find((candidate) => candidate.finding.key === finding.key);
    if (!reading || !mark || finding.replacement === undefined) return;
    const range = { draft: reading.draft, start: mark.start, end: mark.end, expected: reading.draft.slice(mark.start, mark.end) };
    const result = await applyFix(reading.editor, range, finding.replacement, reading.changedAt);
    if (!result.ok) {
      this.card?.view.setStatus(finding.key, fixFailed(result.reason).text);
      return;
    }
    this.gone.add(finding.key);
    this.marks = this.marks.filter((candidate) => candidate.finding.key !== finding.key);
    this.options.send({ type: 'page-fix-applied', key: finding.key });
    // The fix put the caret in the editor: the agent goes on typing there.
    this.closeCard(false);
  }

  private dismiss(finding: PageFinding): void {
    const hadFocus = this.card?.view.hasFocus() ?? false;
    this.gone.add(finding.key);
    this.marks = this.marks.filter((candidate) => candidate.finding.key !== finding.key);
    this.options.send({ type: 'page-dismiss', key: finding.key });
    this.closeCard(hadFocus);
  }

  private onKey(event: KeyboardEvent): void {
    const reading = this.reading;
    if (!this.enabled || !reading || event.isComposing) return;
    const active = deepActiveElement(this.options.doc);
    const inCard = this.card?.view.hasFocus() ?? false;
    const inEditor = active !== null && (active === reading.editor || reading.editor.contains(active));
    if (!inEditor && !inCard) return;
    if (isPressed(event, NEXT_FINDING_KEYS)) {
      const current = this.card && this.marks.find((mark) => mark.finding.key === this.card!.keys[0]);
      const next = nextMark(this.marks, caretOffset(this.options.doc, reading), current);
      if (!next) return;
      stop(event);
      this.openCard(this.marksSharing(next), 'keyboard');
    } else if (isPressed(event, APPLY_FIX_KEYS)) {
      const target = this.fixTarget();
      if (!target) return;
      stop(event);
      void this.apply(target.finding);
    } else if (event.key === 'Escape' && this.card) {
      stop(event);
      this.closeCard(true);
    }
  }

  /** The finding the apply shortcut fixes: the one whose card is open, or the one at the caret. */
  private fixTarget(): Mark | undefined {
    const fixable = this.marks.filter((mark) => mark.finding.replacement !== undefined && isInText(mark));
    if (this.card) return fixable.find((mark) => this.card!.keys.includes(mark.finding.key));
    const caret = this.reading ? caretOffset(this.options.doc, this.reading) : 0;
    return fixable.find((mark) => mark.start <= caret && caret <= mark.end);
  }

  /** The findings on the same words (one card shows them together). */
  private marksSharing(mark: Mark): Mark[] {
    return this.marks.filter((other) => other.start === mark.start && other.end === mark.end && isInText(other));
  }

  private onClick(event: MouseEvent): void {
    if (!this.enabled || !this.reading) return;
    const path = event.composedPath();
    if (this.card && path.includes(this.card.view.host)) return;
    if (this.overlay && path.includes(this.overlay.host)) return;
    const hits = this.marksAt(event.clientX, event.clientY);
    if (hits.length > 0) this.openCard(this.marksSharing(hits[0]!), 'click', this.lineAt(hits[0]!, event.clientX, event.clientY));
    else if (this.card) this.closeCard(false);
  }

  /** Which line of the words the pointer is on (a card opens under that line, not the first one). */
  private lineAt(mark: Mark, x: number, y: number): number {
    return Math.max(0, this.boxesOf(mark).findIndex((box) => x >= box.left && x <= box.left + box.width && y >= box.top - 2 && y <= box.top + box.height + 2));
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.enabled || !this.reading || event.pointerType === 'touch') return;
    this.lastPointer = { x: event.clientX, y: event.clientY, overCard: this.card !== undefined && event.composedPath().includes(this.card.view.host) };
    if (this.pointerFrame) return;
    this.pointerFrame = (this.options.doc.defaultView ?? window).requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const pointer = this.lastPointer;
      if (pointer) this.hovered(pointer);
    });
  }

  private hovered({ x, y, overCard }: { x: number; y: number; overCard: boolean }): void {
    if (overCard) return clearTimeout(this.hoverTimer);
    const hits = this.marksAt(x, y);
    const shownKey = this.card?.keys[0];
    if (hits.length === 0) {
      if (this.card?.mode === 'hover') this.scheduleHoverClose();
      else clearTimeout(this.hoverTimer);
      return;
    }
    if (hits.some((mark) => mark.finding.key === shownKey)) return clearTimeout(this.hoverTimer);
    // A card the agent opened on purpose stays until they close it or click elsewhere.
    if (this.card && this.card.mode !== 'hover') return;
    clearTimeout(this.hoverTimer);
    const target = hits[0]!;
    this.hoverTimer = setTimeout(() => this.openCard(this.marksSharing(target), 'hover', this.lineAt(target, x, y)), HOVER_OPEN_MS);
  }

  private scheduleHoverClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (this.card?.mode === 'hover' && !this.lastPointer?.overCard) this.closeCard(false);
    }, HOVER_CLOSE_MS);
  }
}

/** Our shortcut: the editor and the page must not act on it too. */
function stop(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
