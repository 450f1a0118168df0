import { browser } from 'wxt/browser';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '@/lib/helpdesks/adapters';
import { readTicketContext } from '@/lib/helpdesks/context/read-context';
import { pageDocument } from '@/lib/helpdesks/context/page-tree';
import { DraftHighlighter } from '@/lib/helpdesks/draft-highlight';
import { type DraftReading, trackEditors } from '@/lib/helpdesks/editor-tracker';
import { handleEditorAction } from '@/lib/helpdesks/handle-editor-action';
import { handlePageRequest } from '@/lib/helpdesks/handle-page-request';
import { HELPDESK_MATCH_PATTERNS } from '@/lib/helpdesks/hosts';
import { PageAdapters } from '@/lib/helpdesks/page-adapters';
import { pageFindingsSchema } from '@/lib/messaging/editor-actions';
import { senderKind } from '@/lib/messaging/sender';
import { IN_PAGE_COACH_CHUNK, type InPageCoachChunk } from '@/lib/overlay/in-page-coach-chunk';
import { LazyInPageCoach } from '@/lib/overlay/lazy-in-page-coach';
import { underlineSettingsOf, underlinesOn, UNDERLINES_KEY } from '@/lib/settings/underlines';
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
    // Underlines, the card at the words and the count, for the editor read in this frame: loaded
    // only by a frame that follows an editor (lib/overlay/lazy-in-page-coach.ts).
    const sendSnapshot = ({ adapterId, draft, context, sources, editor, readMs }: DraftReading) =>
      send({ type: 'draft-snapshot', adapterId, draft, context, sources, frame, pageUrl: ticketPageUrl(editor), readMs, ...(coach.state === 'unavailable' ? { inPageCoach: 'unavailable' as const } : {}) });
    // When the coach's file cannot load, the draft is sent again saying so: the panel tells the agent why no underlines.
    const coach = new LazyInPageCoach({ doc: document, current: () => tracker.current(), send, signal: ctx.signal }, loadInPageCoach, () => {
      const reading = tracker.current();
      if (reading) sendSnapshot(reading);
    });
    const tracker = trackEditors({
      doc: document,
      readContext: (editor, draft) => readTicketContext(adapters.forEditor(editor), editor, draft),
      replyEditorSelectors: () => adapters.site()?.editor ?? [],
      signal: ctx.signal,
      onDraft: (reading) => {
        highlighter.clear();
        sendSnapshot(reading);
        coach.draftChanged(reading);
      },
      onEditorLost: () => {
        highlighter.clear();
        coach.editorLost();
        send({ type: 'editor-lost', frame });
      },
    });

    // The agent's switch for underlines on this site, read here so it takes effect at once.
    const host = pageHostname();
    const useSettings = (stored: unknown) => coach.setEnabled(underlinesOn(underlineSettingsOf(stored), host));
    browser.storage.local.get(UNDERLINES_KEY).then((items) => useSettings(items[UNDERLINES_KEY]), () => useSettings(undefined));
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && UNDERLINES_KEY in changes) useSettings(changes[UNDERLINES_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onSettings);

    // The panel's highlight and fix requests, forwarded by the background to this frame; the
    // background's open findings, to underline; and its questions about the page (the agent's
    // selection, the team's adapters).
    const runtimeId = browser.runtime.id;
    const extensionOrigin = browser.runtime.getURL('/');
    const onMessage = (message: unknown, sender: MessageSenderInfo) => {
      if (senderKind(sender, runtimeId, extensionOrigin) === 'extension-page') {
        const findings = pageFindingsSchema.safeParse(message);
        if (findings.success) return void coach.showFindings(findings.data);
      }
      return handleEditorAction(message, sender, {
        editor: () => {
          const reading = tracker.current();
          return reading && { element: reading.editor, changedAt: reading.changedAt };
        },
        highlighter,
        runtimeId,
        extensionOrigin,
      }) ?? handlePageRequest(message, sender, { doc: document, onAdapters: (records) => adapters.replace(records ?? [...HELPDESK_ADAPTERS, GENERIC_ADAPTER]), runtimeId, extensionOrigin });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onSettings);
      highlighter.clear();
    });
  },
});

/**
 * The in-page coach's chunk, imported from the extension's files into this content script's world
 * (an ES module import: it runs here, not in the page). Chrome checks the file against the manifest's
 * web_accessible_resources for the page's origin (wxt.config.ts says why they are as they are).
 * Imported rather than injected by the background (scripting.executeScript): no round trip, no frame
 * id to find, and it was checked to work the same in Chrome and Firefox ESR, src-less frames included.
 */
async function loadInPageCoach(): Promise<InPageCoachChunk> {
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL(`/${IN_PAGE_COACH_CHUNK}`))) as { default: InPageCoachChunk };
  return module.default;
}

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
