import { browser } from 'wxt/browser';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '@/lib/helpdesks/adapters';
import { readTicketContext } from '@/lib/helpdesks/context/read-context';
import { pageDocument } from '@/lib/helpdesks/context/page-tree';
import { DraftHighlighter } from '@/lib/helpdesks/draft-highlight';
import { trackEditors } from '@/lib/helpdesks/editor-tracker';
import { handleEditorAction } from '@/lib/helpdesks/handle-editor-action';
import { handlePageRequest } from '@/lib/helpdesks/handle-page-request';
import { HELPDESK_MATCH_PATTERNS } from '@/lib/helpdesks/hosts';
import { PageAdapters } from '@/lib/helpdesks/page-adapters';
// Types only: zod and the engine never ship in the content script (it runs in every helpdesk page);
// the background's messages are checked with zod/mini (lib/messaging/editor-actions.ts, page-requests.ts).
import type { ContentMessage, FrameInfo } from '@/lib/messaging/content-messages';
import { helpdeskAdaptersSchema, type HelpdeskAdaptersRequest } from '@/lib/messaging/page-requests';
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
    // The bundled adapters at once; the team's version (its rule file's `helpdesks`) when the background answers.
    const adapters = new PageAdapters([...HELPDESK_ADAPTERS, GENERIC_ADAPTER], pageHostname());
    const askForAdapters: HelpdeskAdaptersRequest = { type: 'get-helpdesk-adapters' };
    browser.runtime
      .sendMessage(askForAdapters)
      .then((answer: unknown) => {
        const parsed = helpdeskAdaptersSchema.safeParse(answer);
        if (parsed.success && parsed.data.adapters) adapters.replace(parsed.data.adapters);
      })
      .catch(() => undefined);
    // A highlight belongs to the words as they were: any change to the draft clears it.
    const highlighter = new DraftHighlighter(document);
    const tracker = trackEditors({
      doc: document,
      readContext: (editor, draft) => readTicketContext(adapters.forEditor(editor), editor, draft),
      replyEditorSelectors: () => adapters.site()?.editor ?? [],
      signal: ctx.signal,
      onDraft: ({ adapterId, draft, context, sources, editor, readMs }) => {
        highlighter.clear();
        send({ type: 'draft-snapshot', adapterId, draft, context, sources, frame, pageUrl: ticketPageUrl(editor), readMs });
      },
      onEditorLost: () => {
        highlighter.clear();
        send({ type: 'editor-lost', frame });
      },
    });

    // The panel's highlight and fix requests, forwarded by the background to this frame; and the
    // background's questions about the page (the agent's selection, the team's adapters).
    const runtimeId = browser.runtime.id;
    const extensionOrigin = browser.runtime.getURL('/');
    const onMessage = (message: unknown, sender: MessageSenderInfo) =>
      handleEditorAction(message, sender, {
        editor: () => {
          const reading = tracker.current();
          return reading && { element: reading.editor, changedAt: reading.changedAt };
        },
        highlighter,
        runtimeId,
        extensionOrigin,
      }) ?? handlePageRequest(message, sender, { doc: document, onAdapters: (records) => adapters.replace(records ?? [...HELPDESK_ADAPTERS, GENERIC_ADAPTER]), runtimeId, extensionOrigin });
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

/** The address of the page showing the ticket, without its fragment (SPA routes change it). */
function ticketPageUrl(editor: Element): string {
  const url = pageDocument(editor).location?.href ?? location.href;
  return url.replace(/#.*$/, '');
}
