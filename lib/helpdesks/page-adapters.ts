import type { HelpdeskAdapter } from './adapter';
import { GENERIC_ADAPTER } from './adapters';
import { adapterKnowsPage } from './context/adapter-selectors';
import { pageDocument } from './context/page-tree';
import { isAdaptersEditor } from './context/read-context';
import { findVisibleEditor } from './editor-tracker';
import { adapterForHost } from './hosts';

/**
 * The adapters one page runs with: the bundled ones until the background sends the team's version
 * (their hosts and selectors added, lib/helpdesks/apply-overrides.ts), and which of them reads an editor.
 */
export class PageAdapters {
  constructor(
    private adapters: readonly HelpdeskAdapter[],
    private readonly hostname: string,
  ) {}

  replace(adapters: readonly HelpdeskAdapter[]): void {
    this.adapters = adapters;
  }

  /** The helpdesk this page belongs to: by its host, or (self-hosted helpdesks) by its `pages` selectors. */
  site(editor?: Element): HelpdeskAdapter | undefined {
    return adapterForHost(this.adapters, this.hostname) ?? (editor ? this.adapters.find((adapter) => adapter.pages?.length && adapterKnowsPage(adapter, editor)) : undefined);
  }

  generic(): HelpdeskAdapter {
    return this.adapters.find((adapter) => adapter.id === 'generic') ?? GENERIC_ADAPTER;
  }

  /**
   * The adapter to read `editor` with: the site's, unless the page shows the site's reply editor
   * elsewhere and this is another text field (a macro's notes, a search box): then generic. Whether the
   * site's adapter really knows the page is its selectors' to say (lib/helpdesks/context/read-context.ts).
   */
  forEditor(editor: HTMLElement): HelpdeskAdapter {
    const site = this.site(editor);
    if (!site) return this.generic();
    if (isAdaptersEditor(site, editor)) return site;
    const replyEditorElsewhere = (site.editor ?? []).some((selector) => {
      try {
        return findVisibleEditor(pageDocument(editor), selector) !== null;
      } catch {
        return false;
      }
    });
    return replyEditorElsewhere ? this.generic() : site;
  }
}
