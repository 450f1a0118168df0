import type { PageFindings } from '../messaging/editor-actions';
import type { EditorReading, InPageCoach, InPageCoachOptions } from './in-page-coach';
import type { InPageCoachChunk } from './in-page-coach-chunk';

/** What the content script tells the in-page coach: the real one (in-page-coach.ts) and its stand-in alike. */
export type InPageCoaching = Pick<InPageCoach, 'setEnabled' | 'showFindings' | 'draftChanged' | 'editorLost'>;

/** Where the stand-in is: nothing wanted yet, the chunk on its way, the real coach working, or no coach in this frame. */
export type LazyCoachState = 'idle' | 'loading' | 'ready' | 'unavailable';

/**
 * The content script's in-page coach, standing in for the real one (lib/overlay/in-page-coach.ts),
 * which ships in a file of its own (in-page-coach-chunk.ts): most frames a helpdesk page loads have
 * no editor, and they never pay for underlines, the card and the count. The chunk loads as soon as
 * this frame follows an editor with underlines on (before the agent's first keystroke there, so the
 * first underline does not wait for it); meanwhile the stand-in keeps the latest of what it was told
 * and hands it over once the real coach exists. When the chunk cannot load, the frame goes on
 * without underlines (the panel and the toolbar count still coach, and the panel tells the agent why
 * there are no underlines) and nothing is thrown at the page.
 */
export class LazyInPageCoach implements InPageCoaching {
  private enabled = false;
  private reading: EditorReading | undefined;
  private findings: PageFindings | null = null;
  private coach: InPageCoach | undefined;
  private status: LazyCoachState = 'idle';

  constructor(
    private readonly options: InPageCoachOptions,
    /** Imports the chunk (the content script: from the extension's files). */
    private readonly load: () => Promise<InPageCoachChunk>,
    /** The chunk could not load: the content script tells the panel, which says so to the agent. */
    private readonly onUnavailable: () => void = () => undefined,
  ) {}

  get state(): LazyCoachState {
    return this.status;
  }

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (this.coach) this.coach.setEnabled(on);
    else this.loadWhenWanted();
  }

  showFindings(message: PageFindings): void {
    this.findings = message;
    if (this.coach) this.coach.showFindings(message);
    else this.loadWhenWanted();
  }

  draftChanged(reading: EditorReading): void {
    // Findings belong to the editor they were made for (as in the real coach).
    if (reading.editor !== this.reading?.editor) this.findings = null;
    this.reading = reading;
    if (this.coach) this.coach.draftChanged(reading);
    else this.loadWhenWanted();
  }

  editorLost(): void {
    this.reading = undefined;
    this.findings = null;
    this.coach?.editorLost();
  }

  /** Loads the chunk once: when underlines are on and this frame follows an editor. */
  private loadWhenWanted(): void {
    if (this.status !== 'idle' || !this.enabled || !this.reading || this.options.signal.aborted) return;
    this.status = 'loading';
    this.load()
      .then((chunk) => this.start(chunk))
      .catch(() => {
        // The extension was updated or removed under this page, or the browser refused the file.
        this.status = 'unavailable';
        if (!this.options.signal.aborted) this.onUnavailable();
      });
  }

  /** The real coach, told the latest of what the stand-in was told meanwhile. */
  private start(chunk: InPageCoachChunk): void {
    if (this.options.signal.aborted) return;
    const coach = new chunk.InPageCoach(this.options);
    if (this.reading) coach.draftChanged(this.reading);
    if (this.findings) coach.showFindings(this.findings);
    coach.setEnabled(this.enabled);
    this.coach = coach;
    this.status = 'ready';
  }
}
