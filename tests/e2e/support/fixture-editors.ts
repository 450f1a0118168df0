import type { Page } from 'playwright-core';
import type { InputPath } from '../../../lib/editors/input-paths';

/** One fixture editor: where the agent writes, and the path a fix measured to apply and undo exactly takes in. */
export interface FixtureEditor {
  library: string;
  url: string;
  /** The editable the agent clicks into; inside `frames` (outermost first) when it lives in iframes. */
  editor: string;
  frames?: string[];
  openComposer?(page: Page): Promise<void>;
  /** Presses of Enter that make a paragraph: 2 where Enter is a line break (textarea, Trix). */
  enters?: 2;
  /**
   * Trix sometimes keeps a third line break after Enter twice (in its model too), depending on how
   * fast the next key comes: its draft is checked against the lines it shows, not a fixed blank line.
   */
  blankLinesVary?: true;
  /** The input path a fix takes there: the first of its record's paths that applies (measure-input-paths.ts). */
  path: InputPath;
}

export const FIXTURE_EDITORS: FixtureEditor[] = [
  { library: 'CKEditor 5 (Zendesk)', url: 'https://acme.zendesk.com/agent/tickets/4522', editor: '[data-side-conversations-anchor-id="4522"] .ck-editor__editable', path: 'paste' },
  { library: 'CKEditor 4 in nested iframes (Salesforce)', url: 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ/view', frames: ['#email-composer', 'iframe.cke_wysiwyg_frame'], editor: 'body.cke_editable', path: 'paste' },
  { library: 'Froala 4.0 (Freshdesk)', url: 'https://acme.freshdesk.com/a/tickets/9021', editor: '.fr-element.fr-view', openComposer: (page) => page.click('[data-test-id="ticket-action-reply"]'), path: 'exec-command' },
  { library: 'ProseMirror (Intercom)', url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/777', editor: '[data-conversation-reply-composer] .ProseMirror', path: 'exec-command' },
  { library: 'Slate (Help Scout)', url: 'https://secure.helpscout.net/conversation/2718281/4242?folderId=1', editor: '[data-cy="ConvoEditor"]', path: 'before-input' },
  { library: 'Quill (Front)', url: 'https://app.frontapp.com/open/cnv_4fj2k', editor: '[data-testid="reply-composer"] .ql-editor', path: 'paste' },
  { library: 'Lexical (Gorgias)', url: 'https://acme.gorgias.com/app/ticket/31337', editor: '[data-testid="reply-editor"]', path: 'before-input' },
  { library: 'Draft.js', url: 'https://legacy.freshdesk.com/tickets/7781', editor: '.public-DraftEditor-content', path: 'paste' },
  { library: 'plain contenteditable (Gmail)', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrKx', editor: '.M9 [g_editable="true"]', path: 'exec-command' },
  { library: 'iframe body (Zoho Desk)', url: 'https://desk.zoho.eu/agent/acme/support/tickets/details/4711', frames: ['iframe.ze_area'], editor: 'body', path: 'exec-command' },
  { library: 'textarea', url: 'https://classic.zendesk.com/agent/tickets/31', editor: 'textarea', enters: 2, path: 'exec-command' },
  // Editor libraries no record in lib/editors knows: the path for any other editable, checked to take.
  { library: 'Summernote (unrecognised)', url: 'https://wayne.zendesk.com/tickets/5120', editor: '.note-editable', path: 'exec-command' },
  { library: 'Trix (unrecognised)', url: 'https://initech.freshdesk.com/tickets/6631', editor: 'trix-editor', enters: 2, blankLinesVary: true, path: 'paste' },
  { library: 'Jodit (unrecognised)', url: 'https://globex.zendesk.com/tickets/8804', editor: '.jodit-wysiwyg', path: 'exec-command' },
  { library: 'TipTap (ProseMirror record)', url: 'https://umbrella.freshdesk.com/tickets/9917', editor: '.tiptap', path: 'exec-command' },
];
