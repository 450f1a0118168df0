import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The pages of a real Request Tracker 5 saved in tests/fixtures/request-tracker (see its README). */
export const REQUEST_TRACKER_PAGES = ['display', 'reply', 'message-reply', 'message-reply-plain-text', 'comment', 'jumbo'] as const;
export type RequestTrackerPage = (typeof REQUEST_TRACKER_PAGES)[number];

/**
 * Puts one of Request Tracker's saved pages into happy-dom's document and returns the message box the
 * agent types in (null on the ticket page, which has none): the body of CKEditor's iframe, or RT's
 * textarea in plain-text mode. happy-dom loads the iframe's saved document (its `srcdoc`) but does not
 * link the frame to its parent as a browser does (`frameElement`); the loader links them.
 */
export async function loadRequestTrackerPage(name: RequestTrackerPage): Promise<HTMLElement | null> {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/request-tracker', `${name}.html`), 'utf8');
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.title = saved.title;
  for (const { name: attribute, value } of saved.body.attributes) document.body.setAttribute(attribute, value);
  document.body.innerHTML = saved.body.innerHTML;

  const frame = document.querySelector<HTMLIFrameElement>('#cke_UpdateContent iframe');
  if (!frame) return document.querySelector<HTMLTextAreaElement>('textarea[name="UpdateContent"]');
  for (let wait = 0; !frame.contentDocument?.body?.classList.contains('cke_editable') && wait < 100; wait++) await new Promise((done) => setTimeout(done, 10));
  const frameWindow = frame.contentWindow;
  if (!frameWindow?.document.body) throw new Error(`${name}.html: the editor's iframe did not load`);
  Object.defineProperty(frameWindow, 'frameElement', { value: frame, configurable: true });
  return frameWindow.document.body;
}
