import { afterAll, beforeAll, describe, inject } from 'vitest';
import { FIXTURE_EDITORS } from './support/fixture-editors';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { itCoachesInTheEditor } from './support/in-page-story';

const env = inject('e2e');
/** The helpdesk fixtures run the same story in their own files (describeHelpdesk and the generic pages). */
const COVERED_ELSEWHERE = /\((Zendesk|Salesforce|Freshdesk|Intercom|Help Scout|Front|Gorgias|Gmail|Zoho Desk)\)$|^Draft\.js$|^textarea$/;

// Issue #14 in the editor libraries no helpdesk fixture of ours uses (Summernote, Trix, Jodit, TipTap):
// underlines on the words, Apply from the card at the words, Ctrl+Z restores the draft exactly.
describe.skipIf(!env.chromiumPath)('coaching in the editor, in every other fixture editor', () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const spot of FIXTURE_EDITORS.filter((editor) => !COVERED_ELSEWHERE.test(editor.library))) itCoachesInTheEditor(() => browser, spot);
});
