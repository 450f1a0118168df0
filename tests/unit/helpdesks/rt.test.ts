// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../lib/editors/read-draft';
import type { HelpdeskAdapter } from '../../../lib/helpdesks/adapter';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '../../../lib/helpdesks/adapters';
import { readTicketContext } from '../../../lib/helpdesks/context/read-context';
import { latestCustomerMessage } from '../../../lib/helpdesks/context/thread';
import { PageAdapters } from '../../../lib/helpdesks/page-adapters';
import { RT_TICKET } from '../../../scripts/support/request-tracker';
import { strategiesOf } from '../../e2e/support/describe-helpdesk';
import { loadRequestTrackerPage, type RequestTrackerPage } from './load-request-tracker-page';

// Request Tracker 5's own pages (Debian's 5.0.3), saved from a real install with the e2e test's ticket:
// Dana writes, Sam answers, Dana writes again, upset, quoting Sam's answer.
const { subject, customer, latestMessage } = RT_TICKET;
const RT_HOST = 'rt.example.test';
const BUNDLED = [...HELPDESK_ADAPTERS, GENERIC_ADAPTER];
const SUBJECT_FIELD = 'form[name="TicketUpdate"] input[name="UpdateSubject"]';
/** RT's plain-text message box quotes the message wrapped at 70 columns. */
const latestMessageWrapped = latestMessage.replace(/(two|really|money)\s/g, '$1\n');

async function editorOf(page: RequestTrackerPage): Promise<HTMLElement> {
  const editor = await loadRequestTrackerPage(page);
  if (!editor) throw new Error(`${page} has no message box`);
  return editor;
}

/** The ticket around `editor` as the content script reads it on a site the agent enabled. */
function readOnRt(editor: HTMLElement, adapters: readonly HelpdeskAdapter[] = BUNDLED, host = RT_HOST) {
  return readTicketContext(new PageAdapters(adapters, host).forEditor(editor), editor, readDraft(editor).text);
}

describe('Request Tracker, on the pages of a real RT', () => {
  it.each([
    // The ticket's Reply: RT names the requestor among the recipients; the page shows no message.
    {
      page: 'reply',
      context: { customerName: customer.name, subject, composer: 'reply' },
      sources: { customerName: { strategy: 'recipient' }, subject: { strategy: 'adapter', selector: SUBJECT_FIELD }, composer: { strategy: 'adapter', selector: '.messagebox-container.action-response' } },
    },
    // Reply on the customer's latest message: RT quotes it in the editor.
    {
      page: 'message-reply',
      context: { customerName: customer.name, customerMessage: latestMessage, subject, composer: 'reply' },
      sources: {
        customerName: { strategy: 'recipient' },
        customerMessage: { strategy: 'quoted-in-draft' },
        subject: { strategy: 'adapter', selector: SUBJECT_FIELD },
        composer: { strategy: 'adapter', selector: '.messagebox-container.action-response' },
      },
    },
    {
      page: 'message-reply-plain-text',
      context: { customerName: customer.name, customerMessage: latestMessageWrapped, subject, composer: 'reply' },
      sources: {
        customerName: { strategy: 'recipient' },
        customerMessage: { strategy: 'quoted-in-draft' },
        subject: { strategy: 'adapter', selector: SUBJECT_FIELD },
        composer: { strategy: 'adapter', selector: '.messagebox-container.action-response' },
      },
    },
    // A comment is not mailed to the requestor, so RT does not name them there.
    {
      page: 'comment',
      context: { subject, composer: 'note' },
      sources: { subject: { strategy: 'adapter', selector: SUBJECT_FIELD }, composer: { strategy: 'adapter', selector: '.messagebox-container.action-private' } },
    },
    // The Jumbo page: its People box names the requestor; its update is a comment until the agent picks a reply.
    {
      page: 'jumbo',
      context: { customerName: customer.name, subject, composer: 'note' },
      sources: {
        customerName: { strategy: 'adapter', selector: '.ticket-info-people [name^="Ticket-DeleteWatcher-Type-Requestor-"] + label .user' },
        subject: { strategy: 'adapter', selector: 'form[name="TicketModifyAll"] input[name="UpdateSubject"]' },
        composer: { strategy: 'adapter', selector: '.messagebox-container.action-private' },
      },
    },
  ] as const)('the $page page: read as rt, each field by the strategy expected', async ({ page, context, sources }) => {
    expect(readOnRt(await editorOf(page))).toEqual({ adapterId: 'rt', context, sources });
  });

  it.each(['message-reply', 'message-reply-plain-text'] as const)(
    'the %s page without the rt record: the generic strategies alone read the quoted message, the subject, the customer and the reply',
    async (page) => {
      const reading = readOnRt(await editorOf(page), [GENERIC_ADAPTER]);
      expect(reading.adapterId).toBe('generic');
      expect(reading.context).toEqual({ customerName: customer.name, customerMessage: page === 'message-reply' ? latestMessage : latestMessageWrapped, subject, composer: 'reply' });
      expect(strategiesOf(reading.sources)).toMatchObject({ customerName: 'recipient', customerMessage: 'quoted-in-draft', subject: 'subject-field' });
      expect(reading.sources.composer.strategy).not.toBe('default');
    },
  );

  it.each(['reply', 'comment', 'jumbo'] as const)('the %s page without the rt record: the subject and reply or note, and no one named wrongly', async (page) => {
    const reading = readOnRt(await editorOf(page), [GENERIC_ADAPTER]);
    expect(reading.context).toMatchObject({ subject, composer: page === 'reply' ? 'reply' : 'note' });
    expect(reading.context.customerMessage).toBeUndefined();
    // The reply page's recipients name Dana; elsewhere nothing does without the record (not the "on" of a checkbox labelled "Requestors:").
    expect(reading.context.customerName).toBe(page === 'reply' ? customer.name : undefined);
  });

  it("takes none of the agent's words, quoted in the customer's mail, for the customer's", async () => {
    for (const page of ['message-reply', 'message-reply-plain-text'] as const) {
      const { context } = readOnRt(await editorOf(page));
      expect(context.customerMessage).not.toMatch(/returns team|Sam|wrote:|>/);
    }
  });

  it("reads RT's message box with the rt record on a site the agent enabled, rich or plain text", async () => {
    for (const page of ['reply', 'message-reply', 'message-reply-plain-text', 'comment', 'jumbo'] as const) {
      const editor = await editorOf(page);
      expect(new PageAdapters(BUNDLED, RT_HOST).forEditor(editor).id).toBe('rt');
    }
  });

  it('reads other text fields of an RT page, and RT markup on a helpdesk with its own adapter, as generic', async () => {
    await editorOf('reply');
    const otherField = document.createElement('textarea');
    document.querySelector('#ticket-update-metadata')!.append(otherField);
    expect(new PageAdapters(BUNDLED, RT_HOST).forEditor(otherField).id).toBe('generic');
    // An editor body in some other iframe is not RT's message box.
    const editor = await editorOf('reply');
    Object.defineProperty(editor.ownerDocument.defaultView!, 'frameElement', { value: otherField, configurable: true });
    expect(readOnRt(editor).adapterId).toBe('generic');
    const plain = await editorOf('message-reply-plain-text');
    expect(readOnRt(plain, BUNDLED, 'acme.zendesk.com').adapterId).toBe('generic');
  });

  it('follows the agent switching the update type between reply and comment (RT switches the message box class)', async () => {
    const editor = await editorOf('reply');
    const box = document.querySelector('.messagebox-container')!;
    box.classList.replace('action-response', 'action-private');
    expect(readOnRt(editor).context.composer).toBe('note');
    box.classList.replace('action-private', 'action-response');
    expect(readOnRt(editor).context.composer).toBe('reply');
  });

  it('reads the update type select when the message box has no class saying it', async () => {
    const editor = await editorOf('message-reply-plain-text');
    document.querySelector('.messagebox-container')!.classList.remove('action-response');
    expect(readOnRt(editor)).toMatchObject({ context: { composer: 'reply' }, sources: { composer: { strategy: 'composer-controls' } } });
    // (happy-dom keeps a select's first chosen option in `selectedOptions`: the other way round is the e2e test's.)
    document.querySelector<HTMLSelectElement>('select[name="UpdateType"]')!.value = 'private';
    expect(readOnRt(editor)).toMatchObject({ context: { composer: 'note' }, sources: { composer: { strategy: 'composer-controls' } } });
  });

  it("does not take a colleague's quoted message for the customer's", async () => {
    const editor = await editorOf('message-reply');
    editor.querySelector('div')!.firstChild!.textContent = 'On Mon Mar 02 10:02:00 2026, sam@rt.example.test wrote:';
    const reading = readOnRt(editor);
    expect(reading.context).toEqual({ customerName: customer.name, subject, composer: 'reply' });
    expect(reading.sources.customerMessage).toBeUndefined();
  });

  it.each(['reply', 'message-reply-plain-text'] as const)('never takes an owner or admin mailed by another scrip for the customer (%s)', async (page) => {
    const editor = await editorOf(page);
    // RT lists the scrips in its own order: a colleague who owns the ticket comes before the requestor.
    const ownerScrip = [...document.querySelectorAll('#previewscrips b')].find((heading) => heading.textContent === 'On Correspond Notify Owner and AdminCcs')!;
    const requestors = document.querySelector('#previewscrips ul')!;
    const ownerList = requestors.cloneNode(true) as Element;
    const checkbox = ownerList.querySelector('input')!;
    checkbox.id = 'TxnSendMailTo-alex@rt.example.test-1';
    checkbox.value = 'alex@rt.example.test';
    ownerList.querySelector('label')!.htmlFor = checkbox.id;
    ownerList.querySelector('label a')!.textContent = 'Alex Moreau <alex@rt.example.test>';
    ownerScrip.nextElementSibling!.nextElementSibling!.after(ownerList);
    expect(readOnRt(editor).context.customerName).toBe(customer.name);
    // Without the requestors' scrip (a comment, or squelched), no one is named.
    requestors.remove();
    expect(readOnRt(editor).context.customerName).toBeUndefined();
  });

  it("RT's ticket page (its history, no message box) is no page the record reads; the generic thread strategy finds Dana's latest message in the history there", async () => {
    await loadRequestTrackerPage('display');
    // A text box someone might add beside the history (RT 5 has none: replies are written on the update page).
    const box = document.createElement('textarea');
    document.querySelector('#delayed_ticket_history')!.after(box);
    expect(new PageAdapters(BUNDLED, RT_HOST).site(box)).toBeUndefined();
    const message = latestCustomerMessage(box, { customer: `${customer.name} <${customer.email}>` });
    expect(message?.text).toContain(latestMessage);
    expect(message?.text).not.toMatch(/returns team|blender/);
  });

  it('reads the subject from the heading, then the title, when the subject field is gone', async () => {
    const editor = await editorOf('comment');
    document.querySelector('input[name="UpdateSubject"]')!.remove();
    expect(readOnRt(editor)).toMatchObject({ context: { subject }, sources: { subject: { strategy: 'adapter', selector: '#header h1' } } });
    document.querySelector('#header')!.remove();
    expect(readOnRt(editor)).toMatchObject({ context: { subject }, sources: { subject: { strategy: 'document-title' } } });
  });
});
