import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AdapterId } from '../../../lib/messaging/adapter-ids';
import type { DraftContext } from '../../../lib/messaging/content-messages';
import type { ContextField, ContextSources, ContextStrategy } from '../../../lib/messaging/context-sources';
import { editorFrame, itCoachesAReply, type CoachingStory } from './coaching-story';
import { flaggedReplyText, HelpdeskBrowser, TYPING_2000_MS } from './helpdesk-browser';
import { underlinesIn } from './in-page';
import { itCoachesInTheEditor } from './in-page-story';

/** How an agent reaches one helpdesk fixture's composer, and what the extension should read there. */
export interface HelpdeskSpec {
  title: string;
  url: string;
  adapterId: AdapterId;
  /** The editable the agent clicks into; inside `frame` when the editor lives in an iframe. */
  editor: string;
  /** CSS selectors of nested iframes, outermost first, holding the editor. */
  frames?: string[];
  /** What the agent does before the composer exists (e.g. clicks Reply). */
  openComposer?(page: Page): Promise<void>;
  /** Turns the composer into an internal note; absent where the helpdesk has none (e-mail). */
  switchToNote?(page: Page): Promise<void>;
  /** Where the note is written, when it is another editor than the reply's. */
  noteEditor?: { editor: string; frames?: string[] };
  /** The ticket context the extension must read while replying. */
  context: Omit<DraftContext, 'composer'>;
  /** Which adapter selector or generic strategy must give each field read (the composer's too). */
  strategies?: Partial<Record<ContextField, ContextStrategy>>;
  /** The side panel's story on this editor (issue #5). */
  coaching: CoachingStory;
}

/**
 * The stories every helpdesk fixture must pass: the draft and its ticket are read, a note is told from
 * a reply, 2,000 typed characters end up in the editor exactly as typed, and the side panel coaches a
 * reply there (fix applied and undone in the editor).
 */
export function describeHelpdesk(spec: HelpdeskSpec): void {
  const env = inject('e2e');
  describe.skipIf(!env.chromiumPath)(spec.title, () => {
    let browser: HelpdeskBrowser;
    beforeAll(async () => {
      browser = await HelpdeskBrowser.launch(env);
    });
    afterAll(async () => {
      await browser?.close();
    });

    const openEditor = async (): Promise<{ page: Page; frame: Frame }> => {
      // Each story starts on a freshly loaded page in a new tab, like an agent opening the ticket.
      const page = await browser.open(spec.url);
      await spec.openComposer?.(page);
      const frame = await editorFrame(page, spec.frames ?? []);
      await frame.click(spec.editor);
      return { page, frame };
    };

    it('reads the draft, the customer, their latest message and the subject', async () => {
      const { page } = await openEditor();
      await page.keyboard.type('Hi there, thanks for your patience.');
      await expect.poll(() => browser.tabState(page)).toMatchObject({
        adapterId: spec.adapterId,
        draft: 'Hi there, thanks for your patience.',
        context: { ...spec.context, composer: 'reply' },
        // Editors in iframes are read by the content script running in their frame.
        frame: { isTopFrame: !spec.frames?.length },
      });
      const state = await browser.tabState(page);
      expect(state?.context).toEqual({ ...spec.context, composer: 'reply' });
      if (spec.strategies) expect(strategiesOf(state?.sources)).toEqual(spec.strategies);
      await page.close();
    });

    const switchToNote = spec.switchToNote;
    if (switchToNote) it('knows an internal note from a public reply', async () => {
      const page = await browser.open(spec.url);
      await switchToNote(page);
      const noteEditor = spec.noteEditor ?? spec;
      const frame = await editorFrame(page, noteEditor.frames ?? []);
      await frame.click(noteEditor.editor);
      await page.keyboard.type('Refund approved by finance.');
      await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: spec.adapterId, draft: 'Refund approved by finance.', context: { composer: 'note' } });
      await page.close();
    });

    it('leaves exactly the typed text after 2,000 characters with underlines on, and reads it all', async () => {
      const { page, frame } = await openEditor();
      const text = flaggedReplyText(2000);
      await page.keyboard.type(text);
      // Editors keep a trailing or doubled space as a no-break space; the agent sees a space.
      const shown = await frame.locator(spec.editor).evaluate((editable) =>
        editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText.replace(/\u00A0/g, ' ').replace(/\n+$/, ''),
      );
      expect(shown).toBe(text);
      await expect.poll(() => browser.tabState(page).then((state) => state?.draft)).toBe(text);
      // The draft was underlined while it was typed.
      expect((await underlinesIn(frame)).length).toBeGreaterThan(0);
      await page.close();
    }, TYPING_2000_MS);

    itCoachesAReply(() => browser, spec, spec.coaching);
    itCoachesInTheEditor(() => browser, spec, spec.coaching);
  });
}


/** Which strategy gave each field: `{ customerName: 'adapter', subject: 'page-heading', … }`. */
export function strategiesOf(sources: ContextSources | undefined): Partial<Record<ContextField, ContextStrategy>> {
  return Object.fromEntries(Object.entries(sources ?? {}).map(([field, source]) => [field, source.strategy]));
}
