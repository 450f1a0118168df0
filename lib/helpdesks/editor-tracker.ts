import type { AdapterId } from '../messaging/adapter-ids';
import type { DraftContext } from '../messaging/content-messages';
import type { ContextSources } from '../messaging/context-sources';
import type { ContextReading } from './context/read-context';
import type { DraftPositions } from '../editors/draft-positions';
import { deepActiveElement, findEditableRoot, isTextArea } from '../editors/editable';
import { draftReadInterval, DRAFT_READ_INTERVAL_MS } from './read-interval';
import { readDraft } from '../editors/read-draft';
import { isVisible } from './visibility';

/** One reading of the editor the agent is working in. */
export interface DraftReading {
  adapterId: AdapterId;
  draft: string;
  context: DraftContext;
  /** Which adapter selector or generic strategy found each context field. */
  sources: ContextSources;
  /** Offsets in `draft` → DOM positions in the editor (for highlights and fixes). */
  positions: DraftPositions;
  /** The editable element that was read: highlights and fixes act on it. */
  editor: HTMLElement;
  /** When the text was first read as it is now (`performance.now()`): editors group edits close in time for undo. */
  changedAt: number;
  readMs: number;
}

export interface EditorTrackerOptions {
  doc: Document;
  /** Reads the ticket around an editor (lib/helpdesks/context/read-context.ts), given its draft. */
  readContext(editor: HTMLElement, draft: string): ContextReading;
  /** The site's reply editor selectors, to find its composer again after a re-render (none where no adapter knows the site). */
  replyEditorSelectors(): readonly string[];
  onDraft(reading: DraftReading): void;
  /** The editor that was read is gone and none replaced it. */
  onEditorLost(): void;
  /** Stops all listening and observing (the content script's context ends). */
  signal: AbortSignal;
  /** The shortest time between reads (the default: DRAFT_READ_INTERVAL_MS); longer drafts wait longer. */
  readIntervalMs?: number;
}

/**
 * How long a reading of the ticket around the editor is reused while the agent types. The ticket
 * changes far less often than the draft, and reading it costs more (5–30 ms on the fixture pages when
 * the generic strategies run); coming back into the editor (after switching reply ↔ note, say) reads
 * it again at once.
 */
export const CONTEXT_REFRESH_MS = 2000;


/**
 * Follows the editor the agent focuses and reports its draft and ticket context, throttled, never
 * during IME composition. Nothing runs until an editor has focus (or the agent types in one); afterwards the last focused editor
 * stays watched (a macro can fill it while focus is on a menu) until it leaves the page. Only reads:
 * it never writes to the editor nor adds anything to the page.
 */
export function trackEditors(options: EditorTrackerOptions): { current(): DraftReading | undefined } {
  const { doc, signal } = options;
  const readIntervalMs = options.readIntervalMs ?? DRAFT_READ_INTERVAL_MS;
  let tracked: TrackedEditor | undefined;
  let lastReading: DraftReading | undefined;
  let lastSent = '';
  const watchedShadowRoots = new WeakSet<Node>();

  const onFocus = (event: Event): void => {
    const path = event.composedPath();
    // Focus moving inside one shadow root is not seen from the document (the retargeted event is
    // dropped), so listen inside every shadow root focus has passed through.
    for (const node of path) {
      if (isShadowRoot(node) && !watchedShadowRoots.has(node)) {
        watchedShadowRoots.add(node);
        node.addEventListener('focusin', onFocus, { capture: true, signal });
      }
    }
    const target = path[0] ?? event.target;
    const editor = target === doc.defaultView ? findEditableRoot(doc.body) : findEditableRoot(target);
    if (!editor) return;
    // Back in the same editor: the agent may have changed the ticket meanwhile (reply ↔ note switch).
    if (editor === tracked?.editor) {
      tracked.contextReadAt = -Infinity;
      tracked.schedule();
    } else follow(editor);
  };

  // The agent typing in an editor we do not follow yet: its focus event never reached us (a page that
  // stops focus events, a window the browser did not count as focused). The first keystroke will do.
  const onTyping = (event: Event): void => {
    const editor = findEditableRoot(event.composedPath()[0] ?? event.target);
    if (editor && editor !== tracked?.editor) follow(editor);
  };

  const follow = (editor: HTMLElement): void => {
    tracked?.stop();
    const interval = () => draftReadInterval(lastReading?.editor === editor ? lastReading.draft.length : 0, readIntervalMs);
    tracked = new TrackedEditor(editor, doc, interval, {
      read: (current) => {
        if (!current.editor.isConnected) return replaceLostEditor();
        const started = performance.now();
        const { text, positions } = readDraft(current.editor);
        const previous = lastReading?.editor === current.editor ? lastReading : undefined;
        if (!previous || started - current.contextReadAt >= CONTEXT_REFRESH_MS) {
          current.ticket = readContextSafely(options, current.editor, text);
          current.contextReadAt = started;
        } else {
          // Helpdesks fill in parts of the ticket after the page (RT loads who a reply is mailed to):
          // when the agent stops typing before the reuse ends, the ticket is read once more then.
          current.readTicketAgainIn(CONTEXT_REFRESH_MS - (started - current.contextReadAt));
        }
        const { adapterId, context, sources } = current.ticket!;
        const changedAt = previous?.draft === text ? previous.changedAt : started;
        const reading: DraftReading = { adapterId, draft: text, context, sources, positions, editor: current.editor, changedAt, readMs: performance.now() - started };
        lastReading = reading;
        // Unchanged text and context (a re-render, a caret move) are not worth a message.
        const fingerprint = JSON.stringify([reading.adapterId, reading.draft, reading.context, reading.sources]);
        if (fingerprint === lastSent) return;
        lastSent = fingerprint;
        options.onDraft(reading);
      },
      gone: () => replaceLostEditor(),
    });
  };

  /** `pageGone`: the page itself is being left (its editors still look present, but none is coming back). */
  const replaceLostEditor = (pageGone = false): void => {
    const lost = tracked;
    if (!lost) return;
    // A re-rendered editor: focus already moved to its replacement, or the helpdesk's own composer
    // is back in view (never guessed for the generic adapter, where any textarea would match).
    const replacement =
      findEditableRoot(deepActiveElement(doc)) ??
      (lastReading?.adapterId === 'generic' ? null : findReplyEditor(doc, options.replyEditorSelectors()));
    if (replacement && replacement !== lost.editor) return follow(replacement);
    lost.stop();
    tracked = undefined;
    lastReading = undefined;
    lastSent = '';
    options.onEditorLost();
    // The next ticket's composer is read as soon as it is on screen, like the first one's.
    if (!pageGone) watchForComposer();
  };

  let listeners = new AbortController();
  const listen = (): void => {
    listeners.abort();
    listeners = new AbortController();
    const until = AbortSignal.any([signal, listeners.signal]);
    doc.addEventListener('focusin', onFocus, { capture: true, signal: until });
    // beforeinput too: rich editors cancel it and change the DOM themselves, so no input event follows.
    doc.addEventListener('beforeinput', onTyping, { capture: true, signal: until });
    doc.addEventListener('input', onTyping, { capture: true, signal: until });
    // A designMode iframe document gets focus as a whole: the event targets its window.
    doc.defaultView?.addEventListener('focus', onFocus, { capture: true, signal: until });
    // A full navigation ends the page: its draft is gone with it.
    doc.defaultView?.addEventListener('pagehide', () => tracked && replaceLostEditor(true), { signal: until });
  };
  listen();

  // Editor iframes are rewritten with document.open/write (CKEditor 4, Salesforce), which erases every
  // event listener on the document and its window but keeps mutation observers: listen again, and
  // follow the editor the new document holds. Only the document's own children are watched: cheap.
  let root = doc.documentElement;
  const rewrites = new MutationObserver(() => {
    if (doc.documentElement === root) return;
    root = doc.documentElement;
    listen();
    if (tracked && !tracked.editor.isConnected) replaceLostEditor();
  });
  rewrites.observe(doc, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      rewrites.disconnect();
      tracked?.stop();
    },
    { once: true },
  );

  // Started in a page where the agent is already in an editor (the site was just enabled, the browser
  // restored the tab, the extension was updated): that editor has had its focus event already.
  const focusedAtStart = findEditableRoot(deepActiveElement(doc));
  if (focusedAtStart) follow(focusedAtStart);
  else watchForComposer();

  return { current: () => lastReading };

  /**
   * The ticket's own composer, before the agent clicks into it: the panel shows the customer, their
   * mood and what they asked as soon as the ticket is open. Helpdesks build their pages after load, so
   * the page is looked at again when it changes (at most twice a second) until a composer is on screen
   * or the agent starts in one. Never for the generic adapter: any text box would match.
   */
  function watchForComposer(): void {
    if (options.replyEditorSelectors().length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        look();
      }, COMPOSER_LOOK_MS);
    });
    const stop = (): void => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const look = (): void => {
      if (tracked) return stop();
      const composer = findReplyEditor(doc, options.replyEditorSelectors());
      if (!composer) return;
      stop();
      follow(composer);
    };
    observer.observe(doc, { childList: true, subtree: true });
    signal.addEventListener('abort', stop, { once: true });
    look();
  }
}

/** How often the page is looked at for the helpdesk's composer while it is being built. */
const COMPOSER_LOOK_MS = 500;

/** The first visible editable matching `selector`, e.g. the composer of the ticket now on screen. */
export function findVisibleEditor(root: ParentNode, selector: string): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(selector)) {
    const editor = findEditableRoot(candidate) ?? findEditableRoot(candidate.querySelector('[contenteditable="true"], textarea')) ?? editorInFrame(candidate);
    if (editor && isVisible(editor)) return editor;
  }
  return null;
}

/** The editable body of a same-origin iframe that is or sits in `element` (CKEditor 4's box around its frame), when the frame shows. */
function editorInFrame(element: Element): HTMLElement | null {
  const frame = element.tagName === 'IFRAME' ? (element as HTMLIFrameElement) : element.querySelector('iframe');
  if (!frame || !isVisible(frame)) return null;
  try {
    return findEditableRoot(frame.contentDocument?.body ?? null);
  } catch {
    // A cross-origin frame: not one we read.
    return null;
  }
}

/** The first visible editor matching one of `selectors` (a team's selector the browser cannot parse is skipped). */
function findReplyEditor(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    try {
      const editor = findVisibleEditor(root, selector);
      if (editor) return editor;
    } catch {
      // Not a selector this browser understands.
    }
  }
  return null;
}

function readContextSafely(options: EditorTrackerOptions, editor: HTMLElement, draft: string): ContextReading {
  try {
    return options.readContext(editor, draft);
  } catch {
    // A page the strategies did not expect: the draft still counts.
    return { adapterId: 'generic', context: { composer: 'reply' }, sources: { composer: { strategy: 'default' } } };
  }
}

function isShadowRoot(node: EventTarget): node is ShadowRoot {
  return (node as Node).nodeType === 11 && 'host' in node;
}

/** The listeners and observers on one editor; `stop()` removes them all. */
class TrackedEditor {
  /** The ticket around the editor as last read, and when (`performance.now()`). */
  ticket: ContextReading | undefined;
  contextReadAt = -Infinity;
  private readonly controller = new AbortController();
  private readonly observers: MutationObserver[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticketTimer: ReturnType<typeof setTimeout> | undefined;
  /** A read is scheduled (a timer, or a microtask that cannot be cancelled: it checks the signal). */
  private pending = false;
  private composing = false;
  /** When the draft was last read (`performance.now()`). */
  private lastReadAt = -Infinity;

  constructor(
    readonly editor: HTMLElement,
    doc: Document,
    /** How long to wait before the next read (it grows with the draft). */
    private readonly readInterval: () => number,
    private readonly handlers: { read(tracked: TrackedEditor): void; gone(): void },
  ) {
    const { signal } = this.controller;
    const schedule = (): void => this.schedule();
    // Rich editors often cancel `beforeinput` and change the DOM themselves, so no `input` fires:
    // watch their DOM. A textarea's value changes without any DOM mutation: listen to `input`.
    editor.addEventListener('input', schedule, { signal });
    if (!isTextArea(editor)) this.observe(editor, { childList: true, subtree: true, characterData: true }, schedule);
    editor.addEventListener('compositionstart', () => (this.composing = true), { signal });
    editor.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.schedule();
      },
      { signal },
    );
    // SPA navigation and re-renders remove the editor without any event on it.
    this.observe(doc, { childList: true, subtree: true }, () => {
      if (!editor.isConnected) handlers.gone();
    });
    this.lastReadAt = performance.now();
    handlers.read(this);
  }

  stop(): void {
    this.controller.abort();
    for (const observer of this.observers) observer.disconnect();
    clearTimeout(this.timer);
    clearTimeout(this.ticketTimer);
  }

  /** Reads the draft and the ticket around it in `ms`, unless such a read is due already. */
  readTicketAgainIn(ms: number): void {
    if (this.ticketTimer !== undefined) return;
    this.ticketTimer = setTimeout(() => {
      this.ticketTimer = undefined;
      this.contextReadAt = -Infinity;
      if (this.composing || this.controller.signal.aborted) return;
      this.lastReadAt = performance.now();
      this.handlers.read(this);
    }, ms);
  }

  /**
   * Reads at once when the last read is an interval old (the first keystroke after a pause shows at
   * once: underlines must follow within 50 ms), else once the interval since it is up; changes
   * meanwhile join that read rather than postponing it. "At once" is a microtask after the change that
   * called this (an input event, a keystroke's batch of DOM mutations), so the change is complete.
   */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const read = (): void => {
      this.pending = false;
      this.timer = undefined;
      // Mid-composition text is not final (IME candidates); compositionend schedules the read.
      if (this.composing || this.controller.signal.aborted) return;
      this.lastReadAt = performance.now();
      this.handlers.read(this);
    };
    const wait = this.lastReadAt + this.readInterval() - performance.now();
    if (wait <= 0) queueMicrotask(read);
    else this.timer = setTimeout(read, wait);
  }

  private observe(target: Node, init: MutationObserverInit, callback: () => void): void {
    const observer = new MutationObserver(callback);
    observer.observe(target, init);
    this.observers.push(observer);
  }
}
