import type { Page } from 'playwright-core';
import type { AdapterId } from '../../../lib/messaging/adapter-ids';
import type { DraftContext } from '../../../lib/messaging/content-messages';
import type { ContextField, ContextStrategy } from '../../../lib/messaging/context-sources';

/**
 * A fixture page written differently from the one its adapter was made on (issue #13: "other
 * plausible markup for the same facts"), or a page of a helpdesk no adapter knows, and what Reply
 * Coach must read there: the adapter (or generic), every context field, and which adapter selector or
 * generic strategy gives each. The end-to-end test reads each in Chromium with the real editor; the
 * unit test reads the same markup in happy-dom, with a bare editable where the page's script would
 * mount its editor.
 */
export interface ContextPage {
  title: string;
  /** The page under tests/fixtures/. */
  fixture: string;
  /** Where the e2e server serves it (a file path on one of the fixture hosts). */
  url: string;
  /** The editable the agent clicks into; inside `frames` (outermost first) when it lives in iframes. */
  editor: string;
  frames?: string[];
  openComposer?(page: Page): Promise<void>;
  /** Where the page's script mounts its editor, and the editable a library renders there (unit tests); absent for editors in iframes. */
  editorMount?: { selector: string; html: string };
  adapterId: AdapterId;
  context: Omit<DraftContext, 'composer'>;
  strategies: Partial<Record<ContextField, ContextStrategy>>;
  /** Turns the composer into an internal note, and the strategy that must then see it. */
  note?: { switch(page: Page): Promise<void>; strategy: ContextStrategy };
  /** The draft already holds the customer's message, quoted (RT's per-message Reply). */
  quotesInDraft?: boolean;
}

const click = (selector: string) => async (page: Page) => void (await page.click(selector));
const choose = (selector: string, value: string) => async (page: Page) => void (await page.selectOption(selector, value));

/** Quill's editable, as `new Quill(mount)` renders it. */
const QUILL = '<div class="ql-editor" contenteditable="true"><p><br></p></div>';
const proseMirror = (className: string) => `<div class="ProseMirror ${className}" contenteditable="true"><p><br></p></div>`;

export const CONTEXT_PAGES: ContextPage[] = [
  {
    title: 'Zendesk, legacy ticket page (requester in the properties, events by author role, reply/note tabs)',
    fixture: 'zendesk/variant.html',
    url: 'https://acme.zendesk.com/zendesk/variant.html',
    editor: '.zendesk-editor--rich-text-comment',
    adapterId: 'zendesk',
    context: { customerName: 'Maria Lopez', customerMessage: 'It has been another week. This is ridiculous.\n\nWhere is my money?', subject: 'Refund for order #88412' },
    strategies: { customerName: 'requester-label', customerMessage: 'thread', subject: 'adapter', composer: 'composer-controls' },
    note: { switch: click('[role="tab"][data-kind="internal"]'), strategy: 'composer-controls' },
  },
  {
    title: 'Freshdesk, requester as a name element and authors marked by type (no profile links)',
    fixture: 'freshdesk/variant.html',
    url: 'https://acme.freshdesk.com/freshdesk/variant.html',
    editor: '.fr-element.fr-view',
    openComposer: click('[data-test-id="ticket-action-reply"]'),
    editorMount: { selector: '#composer-editor', html: '<div class="fr-element fr-view" contenteditable="true"></div>' },
    adapterId: 'freshdesk',
    context: { customerName: 'Priya Shah', customerMessage: 'Here is the photo. I am really disappointed. When will the new one ship?', subject: 'Mug arrived broken' },
    strategies: { customerName: 'requester-label', customerMessage: 'thread', subject: 'adapter', composer: 'composer-words' },
    note: { switch: click('[data-test-id="ticket-action-note"]'), strategy: 'composer-words' },
  },
  {
    title: 'Intercom, parts without data-part-group-category, other customers in the conversation list',
    fixture: 'intercom/variant.html',
    url: 'https://app.intercom.com/intercom/variant.html',
    editor: '[data-conversation-reply-composer] .ProseMirror',
    editorMount: { selector: '#composer', html: proseMirror('embercom-prosemirror-composer-editor') },
    adapterId: 'intercom',
    context: { customerName: 'Tom Becker', customerMessage: 'This is unacceptable. Please refund the second charge.\n\nIt was 29 EUR.' },
    strategies: { customerName: 'adapter', customerMessage: 'thread', composer: 'adapter' },
    note: { switch: click('[data-composer-tab="note"]'), strategy: 'adapter' },
  },
  {
    title: 'Help Scout, roles in aria-labels, the subject a plain heading, the customer in a sidebar',
    fixture: 'helpscout/variant.html',
    url: 'https://secure.helpscout.net/helpscout/variant.html',
    editor: '[role="textbox"][aria-label="Reply Editor"]',
    editorMount: { selector: '#composer', html: '<div data-cy="ConvoEditor" role="textbox" aria-label="Reply Editor" contenteditable="true" data-slate-editor="true"></div>' },
    adapterId: 'helpscout',
    context: { customerName: 'Lena Fischer', customerMessage: 'Still nothing. Where is my parcel? I need it by Friday.', subject: 'Where is my parcel?' },
    strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'page-heading', composer: 'adapter' },
  },
  {
    title: 'Front, a rebuilt composer with a "To:" line and Reply/Comment tabs, messages as articles',
    fixture: 'front/variant.html',
    url: 'https://app.frontapp.com/front/variant.html',
    editor: '.draft-composer .ql-editor',
    editorMount: { selector: '#draft-editor', html: QUILL },
    adapterId: 'front',
    context: { customerName: 'Chloé Martin', customerMessage: 'The label has not arrived yet. I am fed up with waiting. When will you send it?', subject: 'Wrong size delivered' },
    strategies: { customerName: 'recipient', customerMessage: 'thread', subject: 'adapter', composer: 'composer-controls' },
    note: { switch: click('[role="tab"][data-mode="comment"]'), strategy: 'composer-controls' },
  },
  {
    title: 'Gmail, the reply popped out with recipient chips and its own subject, older messages collapsed',
    fixture: 'gmail/variant.html',
    url: 'https://mail.google.com/gmail/variant.html',
    editor: '.M9 [role="textbox"]',
    adapterId: 'gmail',
    context: {
      customerName: 'Olivia Chen',
      customerMessage: 'It should be DE123456789. I am frustrated that it is still wrong. Can you send a corrected invoice?\n\nThanks!',
      subject: 'Invoice question',
    },
    strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  },
  {
    title: 'Salesforce, the highlights panel (contact name not a link), e-mail messages marked Incoming',
    fixture: 'salesforce/variant.html',
    url: 'https://acme.lightning.force.com/salesforce/variant.html',
    frames: ['#email-composer', 'iframe.cke_wysiwyg_frame'],
    editor: 'body.cke_editable',
    adapterId: 'salesforce',
    context: { customerName: 'Ahmed Karimi', customerMessage: 'It is the LX-200. Please hurry, this is so frustrating. When will it work again?', subject: 'Printer offline after update' },
    strategies: { customerName: 'requester-label', customerMessage: 'thread', subject: 'page-heading', composer: 'composer-words' },
  },
  {
    title: 'HubSpot, no "From" in the messages (the contact card names them), the channel in a select',
    fixture: 'hubspot/variant.html',
    url: 'https://app.hubspot.com/hubspot/variant.html',
    editor: '.composer .ProseMirror',
    editorMount: { selector: '#composer', html: proseMirror('composer-editor') },
    adapterId: 'hubspot',
    context: { customerName: 'Diego Alvarez', customerMessage: 'Any news on the outage? 40 people are blocked and I am getting angry.' },
    strategies: { customerName: 'requester-label', customerMessage: 'thread', composer: 'composer-controls' },
    note: { switch: choose('select[data-test-id="composer-channel"]', 'COMMENT'), strategy: 'composer-controls' },
  },
  {
    title: 'Zoho Desk, the conversation in another container, tabs without data-ids',
    fixture: 'zoho-desk/variant.html',
    url: 'https://desk.zoho.eu/zoho-desk/variant.html',
    frames: ['iframe.ze_area'],
    editor: 'body',
    adapterId: 'zoho-desk',
    context: { customerName: 'Nora Jensen', customerMessage: 'Firefox. The error says "quota exceeded". Why does this keep happening?', subject: 'Cannot export report' },
    strategies: { customerName: 'adapter', customerMessage: 'thread', subject: 'subject-field', composer: 'composer-controls' },
    note: { switch: click('[role="tab"]:nth-child(2)'), strategy: 'composer-controls' },
  },
  {
    title: 'Gorgias, a rebuilt reply box, senders marked by class, the customer in the sidebar',
    fixture: 'gorgias/variant.html',
    url: 'https://acme.gorgias.com/gorgias/variant.html',
    editor: '.ticket-reply .ql-editor',
    editorMount: { selector: '#reply-box', html: QUILL },
    adapterId: 'gorgias',
    context: {
      customerName: 'Yusuf Demir',
      customerMessage: 'It said the code expired, but it is valid until May. I am really annoyed. Can you apply it to my order?',
      subject: 'Discount code not applied',
    },
    strategies: { customerName: 'requester-label', customerMessage: 'thread', subject: 'adapter', composer: 'composer-controls' },
    note: { switch: choose('select[name="channel"]', 'internal-note'), strategy: 'composer-controls' },
  },
  {
    title: 'A helpdesk no adapter knows: a thread with a composer, the latest post quoting the staff',
    fixture: 'unknown-helpdesk/index.html',
    url: 'https://classic.zendesk.com/unknown-helpdesk/index.html',
    editor: '.reply-box .ProseMirror',
    editorMount: { selector: '#composer', html: proseMirror('reply-editor') },
    adapterId: 'generic',
    context: { customerName: 'Priya Natarajan', customerMessage: 'Photo attached. The box was crushed too. Can you send a new shade this week?', subject: 'Lamp arrived broken' },
    strategies: { customerName: 'message-author', customerMessage: 'thread', subject: 'document-title', composer: 'composer-words' },
  },
  {
    title: 'A helpdesk no adapter knows: a ticket page with a requester sidebar and a "To:" line',
    fixture: 'unknown-helpdesk/ticket.html',
    url: 'https://classic.zendesk.com/unknown-helpdesk/ticket.html',
    editor: 'textarea',
    adapterId: 'generic',
    context: { customerName: 'Dana Whitfield', customerMessage: 'This is the third time I write. Where is my money?', subject: 'Refund still missing' },
    strategies: { customerName: 'recipient', customerMessage: 'thread', subject: 'subject-field', composer: 'composer-controls' },
    note: { switch: click('input[value="internal"]'), strategy: 'composer-controls' },
  },
  {
    title: "A helpdesk no adapter knows, shaped like RT's reply page: the message quoted in a CKEditor 4 draft",
    fixture: 'unknown-helpdesk/reply.html',
    url: 'https://classic.zendesk.com/unknown-helpdesk/reply.html',
    frames: ['iframe.cke_wysiwyg_frame'],
    editor: 'body',
    adapterId: 'generic',
    context: { customerMessage: 'I sent the blender back two weeks ago and still no refund. This is the third time I write. Where is my money?', subject: 'Refund still missing' },
    strategies: { customerMessage: 'quoted-in-draft', subject: 'subject-field', composer: 'composer-controls' },
    note: { switch: choose('#UpdateType', 'private'), strategy: 'composer-controls' },
    quotesInDraft: true,
  },
];
