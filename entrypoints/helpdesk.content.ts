import { browser } from 'wxt/browser';
import { adapterForHost } from '@/lib/helpdesks/adapters';
import { DraftHighlighter } from '@/lib/helpdesks/draft-highlight';
import { trackEditors } from '@/lib/helpdesks/editor-tracker';
import { handleEditorAction } from '@/lib/helpdesks/handle-editor-action';
import { HELPDESK_MATCH_PATTERNS } from '@/lib/helpdesks/hosts';
// Types only: zod and the engine never ship in the content script (it runs in every helpdesk page);
// the panel's actions are checked with zod/mini (lib/messaging/editor-actions.ts).
import type { ContentMessage, FrameInfo } from '@/lib/messaging/content-messages';
import type { MessageSenderInfo } from '@/lib/messaging/sender';

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
    // A highlight belongs to the words as they were: any change to the draft clears it.
    const highlighter = new DraftHighlighter(document);
    const tracker = trackEditors({
      doc: document,
      siteAdapter: adapterForHost(pageHostname()),
      signal: ctx.signal,
      onDraft: ({ adapterId, draft, context, readMs }) => {
        highlighter.clear();
        send({ type: 'draft-snapshot', adapterId, draft, context, frame, readMs });
      },
      onEditorLost: () => {
        highlighter.clear();
        send({ type: 'editor-lost', frame });
      },
    });

    // The panel's highlight and fix requests, forwarded by the background to this frame.
    const onMessage = (message: unknown, sender: MessageSenderInfo) =>
      handleEditorAction(message, sender, {
        editor: () => {
          const reading = tracker.current();
          return reading && { element: reading.editor, changedAt: reading.changedAt };
        },
        highlighter,
        runtimeId: browser.runtime.id,
        extensionOrigin: browser.runtime.getURL('/'),
      });
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      highlighter.clear();
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
