import { browser } from 'wxt/browser';
import { adapterForHost } from '@/lib/helpdesks/adapters';
import { trackEditors } from '@/lib/helpdesks/editor-tracker';
import { HELPDESK_MATCH_PATTERNS } from '@/lib/helpdesks/hosts';
// Types only: zod and the engine never ship in the content script (it runs in every helpdesk page).
import type { ContentMessage, FrameInfo } from '@/lib/messaging/content-messages';

export default defineContentScript({
  matches: HELPDESK_MATCH_PATTERNS,
  // Salesforce, Zoho and older editors live in (often src-less) iframes.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const frame: FrameInfo = { url: location.href, isTopFrame: window === window.top };
    const send = (message: ContentMessage): void => {
      if (ctx.isInvalid) return;
      // The background may be restarting, or the extension was updated under this page: nothing to do.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    trackEditors({
      doc: document,
      siteAdapter: adapterForHost(pageHostname()),
      signal: ctx.signal,
      onDraft: ({ adapterId, draft, context, readMs }) => send({ type: 'draft-snapshot', adapterId, draft, context, frame, readMs }),
      onEditorLost: () => send({ type: 'editor-lost', frame }),
    });
  },
});

/** The helpdesk's host, also inside about:blank editor iframes, which inherit their parent's origin. */
function pageHostname(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}
