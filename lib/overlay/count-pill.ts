import type { Severity } from '../rules/vocabulary';
import type { Box } from './textarea-mirror';
import { SEVERITY_COLORS } from './underline-painter';

export const COUNT_CSS = `
.count { position: fixed; pointer-events: auto; box-sizing: border-box; min-width: 22px; height: 22px; padding: 0 6px; border: 0; border-radius: 11px;
  font: 600 12px/22px system-ui, -apple-system, 'Segoe UI', sans-serif; color: #fff; cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); opacity: 0.92; }
.count:hover, .count:focus-visible { opacity: 1; outline: 2px solid #2563eb; outline-offset: 1px; }
.count[hidden] { display: none; }
`;

/**
 * The count of open findings at the editor's bottom-right corner, coloured like the worst of them; a
 * click opens the side panel. The same number as the toolbar badge.
 */
export class CountPill {
  private readonly button: HTMLButtonElement;
  private shown = false;

  constructor(root: ShadowRoot, onOpenPanel: () => void) {
    this.button = root.ownerDocument.createElement('button');
    this.button.type = 'button';
    this.button.className = 'count';
    this.button.hidden = true;
    this.button.dataset.count = '0';
    // The editor keeps the caret: the agent is only opening the panel beside it.
    this.button.addEventListener('mousedown', (event) => event.preventDefault());
    this.button.addEventListener('click', onOpenPanel);
    root.append(this.button);
  }

  /** The number and colour (the position follows in `place`, once the page's layout is known). */
  show(count: number, worst: Severity | undefined): void {
    this.button.dataset.count = String(count);
    this.shown = count > 0 && worst !== undefined;
    if (!this.shown || !worst) {
      this.button.hidden = true;
      return;
    }
    this.button.textContent = String(count);
    const label = `Reply Coach: ${count} ${count === 1 ? 'suggestion' : 'suggestions'}. Open the panel`;
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
    this.button.style.background = SEVERITY_COLORS[worst];
  }

  /** At the editor's bottom-right corner; hidden beside an editor too small to share its corner. */
  place(editor: Box): void {
    this.button.hidden = !this.shown || editor.width < 60 || editor.height < 20;
    if (this.button.hidden) return;
    const width = Math.max(22, this.button.offsetWidth);
    this.button.style.left = `${editor.left + editor.width - width - 6}px`;
    this.button.style.top = `${editor.top + editor.height - 22 - 6}px`;
  }

  hide(): void {
    this.shown = false;
    this.button.hidden = true;
  }
}
