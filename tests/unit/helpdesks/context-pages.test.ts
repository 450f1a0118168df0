// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '../../../lib/helpdesks/adapters';
import { readTicketContext } from '../../../lib/helpdesks/context/read-context';
import { PageAdapters } from '../../../lib/helpdesks/page-adapters';
import { CONTEXT_CHAINS, type ContextField } from '../../../lib/messaging/context-sources';
import { readDraft } from '../../../lib/editors/read-draft';
import { strategiesOf } from '../../e2e/support/describe-helpdesk';
import { CONTEXT_PAGES } from '../../e2e/support/context-pages';
import { loadFixtureBody } from './load-fixture';

// The pages written differently from their adapter's, and pages of helpdesks no adapter knows, read in
// happy-dom: the same markup the e2e test serves, with a bare editable where the page's script would
// mount its editor library. (Editors in iframes are read by the e2e test only: happy-dom has no frames.)
describe.each(CONTEXT_PAGES.filter((page) => !page.frames))('$title', (page) => {
  it(`is read as ${page.adapterId}, each field by the strategy expected`, () => {
    const [folder, file] = page.fixture.split('/') as [string, string];
    loadFixtureBody(folder, file);
    document.querySelector<HTMLElement>('form[hidden]')?.removeAttribute('hidden');
    if (page.editorMount) document.querySelector(page.editorMount.selector)!.innerHTML = page.editorMount.html;
    const editor = document.querySelector<HTMLElement>(page.editor)!;
    const reading = readTicketContext(new PageAdapters([...HELPDESK_ADAPTERS, GENERIC_ADAPTER], new URL(page.url).hostname).forEditor(editor), editor, readDraft(editor).text);
    expect(reading.adapterId).toBe(page.adapterId);
    expect(reading.context).toEqual({ ...page.context, composer: 'reply' });
    expect(strategiesOf(reading.sources)).toEqual(page.strategies);
    // What "Check this page" lists as tried for a field is the chain the reading really follows.
    for (const [field, source] of Object.entries(reading.sources)) expect(CONTEXT_CHAINS[field as ContextField]).toContain(source.strategy);
  });
});
