// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForEditor, adapterForHost } from '../../../lib/helpdesks/adapters';
import { generic } from '../../../lib/helpdesks/generic';
import { rt } from '../../../lib/helpdesks/rt';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { RT_TICKET } from '../../../scripts/support/request-tracker';
import { loadRequestTrackerPage, type RequestTrackerPage } from './load-request-tracker-page';

// Request Tracker 5's own pages (Debian's 5.0.3), saved from a real install with the e2e test's ticket:
// Dana writes, Sam answers, Dana writes again, upset, quoting Sam's answer.
const { subject, customer, latestMessage } = RT_TICKET;

async function contextOn(page: RequestTrackerPage) {
  const editor = await loadRequestTrackerPage(page);
  if (!editor) throw new Error(`${page} has no message box`);
  return { editor, context: rt.readContext(editor.ownerDocument, editor) };
}

describe('Request Tracker adapter, on the pages of a real RT', () => {
  it.each([
    // The ticket's Reply: RT names the requestor among the recipients; the page shows no message.
    ['reply', { customerName: customer.name, subject, composer: 'reply' }],
    // Reply on the customer's latest message: RT quotes it in the editor.
    ['message-reply', { customerName: customer.name, customerMessage: latestMessage, subject, composer: 'reply' }],
    ['message-reply-plain-text', { customerName: customer.name, customerMessage: latestMessage.replace(/(two|really|money)\s/g, '$1\n'), subject, composer: 'reply' }],
    // A comment is not mailed to the requestor, so RT does not name them there.
    ['comment', { subject, composer: 'note' }],
  ] as const)('the %s page', async (page, expected) => {
    const { context } = await contextOn(page);
    expect(context).toEqual(expected);
  });

  it("takes none of the agent's words, quoted in the customer's mail, for the customer's", async () => {
    for (const page of ['message-reply', 'message-reply-plain-text'] as const) {
      const { context } = await contextOn(page);
      expect(context.customerMessage).not.toMatch(/returns team|Sam|wrote:|>/);
    }
  });

  it('is chosen for RT\'s message box on a site the agent enabled, rich or plain text', async () => {
    for (const page of ['reply', 'message-reply', 'message-reply-plain-text', 'comment'] as const) {
      const editor = await loadRequestTrackerPage(page);
      expect(adapterForEditor(adapterForHost('rt.example.test'), editor!)).toBe(rt);
    }
  });

  it('is not chosen for other text fields of an RT page, nor on a helpdesk with its own adapter', async () => {
    const editor = await loadRequestTrackerPage('reply');
    const otherField = document.createElement('textarea');
    document.querySelector('#ticket-update-metadata')!.append(otherField);
    expect(adapterForEditor(generic, otherField)).toBe(generic);
    // An editor body in some other iframe is not RT's message box.
    Object.defineProperty(editor!.ownerDocument.defaultView!, 'frameElement', { value: otherField, configurable: true });
    expect(adapterForEditor(generic, editor!)).toBe(generic);
    expect(adapterForEditor(zendesk, document.querySelector('textarea[name="UpdateContent"]')!)).toBe(generic);
  });

  it('follows the agent switching the update type between reply and comment', async () => {
    const { editor } = await contextOn('reply');
    const updateType = document.querySelector<HTMLSelectElement>('select[name="UpdateType"]')!;
    updateType.value = 'private';
    expect(rt.readContext(editor.ownerDocument, editor).composer).toBe('note');
    updateType.value = 'response';
    expect(rt.readContext(editor.ownerDocument, editor).composer).toBe('reply');
  });

  it("does not take a colleague's quoted message for the customer's", async () => {
    const { editor } = await contextOn('message-reply');
    editor.querySelector('div')!.firstChild!.textContent = 'On Mon Mar 02 10:02:00 2026, sam@rt.example.test wrote:';
    expect(rt.readContext(editor.ownerDocument, editor)).toEqual({ customerName: customer.name, subject, composer: 'reply' });
  });

  it('reads the subject from the heading when the subject field is gone', async () => {
    const { editor } = await contextOn('comment');
    document.querySelector('input[name="UpdateSubject"]')!.remove();
    expect(rt.readContext(editor.ownerDocument, editor).subject).toBe(subject);
    document.querySelector('#header')!.remove();
    expect(rt.readContext(editor.ownerDocument, editor).subject).toBe(subject);
  });
});
